// The rated standards of an inspection, from the frameworks it pins.
import { getFramework } from '../frameworks/index.ts';
import type { Framework } from '../frameworks/index.ts';
import type { FrameworkSelection } from '../inspection/framework-selection.ts';
import { hasRatingRules } from './rating-rules.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import type { CaseBasedStandard, CaseType, RatedStandard } from './rated-standards.ts';

/**
 * The 2020 standards (004 Annexe A) with, in place of a qualitative standard, a case-based one where a pinned
 * case framework rates that standard from its own key questions. Decision: an inspection that assesses
 * out-of-court cases with the earlier domain three (000) rates 3.4 as that framework's partnership working
 * standard, judged case by case from section J (J 1 → 3.4.1, J 2 → 3.4.2), instead of 2020's qualitative
 * OOCD policy and provision: 004 ¶3.20 proposes the new 3.4 to *replace* joint working, so one inspection
 * rates one or the other, and the count of standards (12, or 13 with 2.5) and the overall thresholds stay.
 */
export function ratedStandardsFor(
  selection: Pick<FrameworkSelection, 'courtDisposals' | 'outOfCourt' | 'standards'>,
): readonly RatedStandard[] {
  if (!hasRatingRules(selection.standards)) {
    throw new Error(`no rating rules for standards "${selection.standards}"`);
  }
  const replacements = new Map<string, CaseBasedStandard>();
  const sides: [string, CaseType][] = [
    [selection.courtDisposals, 'court'],
    [selection.outOfCourt, 'oocd'],
  ];
  for (const [id, caseType] of sides) {
    const framework = getFramework(id);
    for (const standard of framework ? caseBasedStandardsOf(framework, caseType) : [])
      replacements.set(standard.id, standard);
  }
  return RATED_STANDARDS_2020.map((standard) =>
    standard.kind === 'qualitative' ? (replacements.get(standard.id) ?? standard) : standard,
  );
}

function caseBasedStandardsOf(framework: Framework, caseType: CaseType): CaseBasedStandard[] {
  const qualitative = new Set(
    RATED_STANDARDS_2020.filter((standard) => standard.kind === 'qualitative').map(({ id }) => id),
  );
  return framework.sections
    .filter((section) => section.rating === 'case-based' && qualitative.has(section.standard ?? ''))
    .map((section) => ({
      id: section.standard!,
      kind: 'case-based',
      caseType,
      keyQuestions: section.keyQuestions.flatMap((keyQuestion) =>
        keyQuestion.standard ? [{ id: keyQuestion.standard, focus: 'partnership-working' as const }] : [],
      ),
      rule: 'lowest-judged-key-question',
    }));
}
