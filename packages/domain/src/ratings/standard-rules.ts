// How a case-based standard's rating follows from its key questions.
import { RATINGS, ratingRank } from './rating.ts';
import type { Rating } from './rating.ts';
import type { RatedStandardKeyQuestion } from './rated-standards.ts';
import type { KeyQuestionResult } from './ratings-result.ts';

export const OOCD_RULES = ['lowest-key-question', 'desistance-first'] as const;

/** How domain three (OOCD) case-based standards are rated; domain two always uses the lowest key question. */
export type OocdRule = (typeof OOCD_RULES)[number];

export interface RatedKeyQuestion {
  keyQuestion: RatedStandardKeyQuestion;
  result: KeyQuestionResult;
}

export interface StandardVerdict {
  rating: Rating | null;
  drivenBy: KeyQuestionResult | null;
}

const NO_RATING: StandardVerdict = { rating: null, drivenBy: null };

/**
 * Compares unrounded proportions exactly by cross-multiplying.
 * Decision: on equal proportions the key question with fewer applicable cases counts as lower, so the
 * small-sample flag (004 ¶3.28) is raised whenever it could apply.
 */
function isLower(a: KeyQuestionResult, b: KeyQuestionResult): boolean {
  const left = a.yes * b.applicable;
  const right = b.yes * a.applicable;
  return left < right || (left === right && a.applicable < b.applicable);
}

function lowestOf(results: readonly KeyQuestionResult[]): KeyQuestionResult {
  return results.reduce((lowest, candidate) => (isLower(candidate, lowest) ? candidate : lowest));
}

/**
 * 004 ¶3.24–3.25: the standard takes the band of its lowest key question; all three weigh equally.
 * docs/domain.md §5: a key question with no applicable case has no percentage, so the panel decides the standard.
 */
export function lowestKeyQuestionRule(keyQuestions: readonly RatedKeyQuestion[]): StandardVerdict {
  const results = keyQuestions.map(({ result }) => result);
  if (results.length === 0 || results.some(({ band }) => band === null)) return NO_RATING;
  const lowest = lowestOf(results);
  return { rating: lowest.band, drivenBy: lowest };
}

/**
 * Decision: the earlier domain three's partnership working standard (000 J; 004 ¶3.24 excludes it from the
 * three-key-question rule and the seeds give it no other) takes the band of its lowest key question among
 * those with an applicable case. 000 J 2 is "only asked in YCC cases", so a sample without one leaves J 2
 * unjudged by design, not by a gap; with no judged key question at all the panel decides.
 */
export function lowestJudgedKeyQuestionRule(keyQuestions: readonly RatedKeyQuestion[]): StandardVerdict {
  const judged = keyQuestions.map(({ result }) => result).filter(({ band }) => band !== null);
  if (judged.length === 0) return NO_RATING;
  const lowest = lowestOf(judged);
  return { rating: lowest.band, drivenBy: lowest };
}

/**
 * 004 ¶3.31, an option and not the default. The desistance key question's band is the starting point.
 * Decision on the seed's two limits: "unlikely to achieve the highest rating … unless sufficient across the
 * entire key question range" and "a low score on safety and wellbeing or risk of harm would not automatically
 * drive a low overall rating" — the lowest other key question may lower the starting band, by one band at
 * most. A key question with no applicable case cannot lower it (common for low-risk OOCD cases, 004 ¶3.27);
 * without an applicable desistance case there is no starting point, so the panel decides.
 */
export function desistanceFirstRule(keyQuestions: readonly RatedKeyQuestion[]): StandardVerdict {
  const desistance = keyQuestions.find(({ keyQuestion }) => keyQuestion.focus === 'desistance')?.result;
  if (!desistance?.band) return NO_RATING;
  const others = keyQuestions
    .filter(({ keyQuestion, result }) => keyQuestion.focus !== 'desistance' && result.band !== null)
    .map(({ result }) => result);
  if (others.length === 0) return { rating: desistance.band, drivenBy: desistance };

  const lowestOther = lowestOf(others);
  const start = ratingRank(desistance.band);
  const lowered = ratingRank(lowestOther.band as Rating);
  const rank = Math.min(start, Math.max(lowered, start - 1));
  return rank === start
    ? { rating: desistance.band, drivenBy: desistance }
    : { rating: RATINGS[rank] as Rating, drivenBy: lowestOther };
}
