// Which of the inspector's own case facts a framework's rules read (CaseContext besides the answers), so a
// case form asks for those and no others. The 2016 framework (002) reads none: it has no gating (its
// classifications are no part of it) and excludes no case for care experience.
import { CONCERNS, locatedQuestions } from '../frameworks/index.ts';
import type { Concern, Framework } from '../frameworks/index.ts';

export interface CaseFactsRead {
  /** 004 ¶3.26: the concerns whose classification by the inspector gates a key question. */
  readonly inspectorClassification: readonly Concern[];
  /** 003 P 2 S, P 3 S, D 2 S, D 3 S: the concerns whose relevant factors decide a summary. */
  readonly relevantFactors: readonly Concern[];
  /** 003 I 1.1: whether a care-experienced child's home and assessing YJS decide an exclusion. */
  readonly careExperience: boolean;
}

export function caseFactsRead(framework: Framework): CaseFactsRead {
  const gated = new Set(
    framework.sections.flatMap((section) =>
      section.keyQuestions.flatMap((keyQuestion) => (keyQuestion.gated ? [keyQuestion.gated.concern] : [])),
    ),
  );
  const concerns = CONCERNS.filter((concern) => gated.has(concern));
  const { mode } = framework.gating;
  return {
    inspectorClassification: mode === 'inspector-classification' ? concerns : [],
    relevantFactors: mode === 'yes-when-no-factors' ? concerns : [],
    careExperience: locatedQuestions(framework).some(({ question }) => question.excludesCase !== undefined),
  };
}
