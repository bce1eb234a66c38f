// Counts, per key question, the applicable cases and those judged 'yes' (004 ¶3.23).
import { bandForProportion, displayPercent } from './rating-bands.ts';
import type { RatingBand } from './rating-bands.ts';
import type { CaseType, RatedStandard } from './rated-standards.ts';
import type { KeyQuestionResult } from './ratings-result.ts';
import type { RatingsCase } from './ratings-input-schema.ts';

interface Counter {
  id: string;
  yes: number;
  applicable: number;
}

/**
 * One pass over the cases. Each case is read only for the key questions of its own case type, so a stray
 * judgement cannot leak into the other domain. null or absent means not applicable: the "n" shrinks (004 ¶3.26).
 */
export function tallyKeyQuestions(
  cases: readonly RatingsCase[],
  standards: readonly RatedStandard[],
  bands: readonly RatingBand[],
): Map<string, KeyQuestionResult> {
  const counters: Record<CaseType, Counter[]> = { court: [], oocd: [] };
  for (const standard of standards) {
    if (standard.kind !== 'case-based') continue;
    for (const { id } of standard.keyQuestions)
      counters[standard.caseType].push({ id, yes: 0, applicable: 0 });
  }

  for (const ratingsCase of cases) {
    for (const counter of counters[ratingsCase.type]) {
      const judgement = ratingsCase.judgements[counter.id];
      if (judgement === true) counter.yes += 1;
      if (judgement === true || judgement === false) counter.applicable += 1;
    }
  }

  const results = new Map<string, KeyQuestionResult>();
  for (const { id, yes, applicable } of [...counters.court, ...counters.oocd]) {
    const rated = applicable > 0;
    results.set(id, {
      id,
      yes,
      applicable,
      percent: rated ? displayPercent(yes, applicable) : null,
      band: rated ? bandForProportion(yes, applicable, bands) : null,
    });
  }
  return results;
}
