// Fictitious case judgements for the ratings benchmark and examples, generated from a seed.
import { RATED_STANDARDS_2020 } from '../src/ratings/rated-standards.ts';
import type { CaseType, KeyQuestionFocus, RatedStandardKeyQuestion } from '../src/ratings/rated-standards.ts';
import type { Rating } from '../src/ratings/rating.ts';
import type { RatingsCase, RatingsInput } from '../src/ratings/ratings-input-schema.ts';
import { createPrng } from './seeded-prng.ts';
import type { Prng } from './seeded-prng.ts';

export interface RatingsInputSpec {
  cases: number;
  seed: string;
}

// 004 ¶3.26–3.27: safety and risk work is judged only when medium or high, which is most court cases and a
// minority of out-of-court cases.
const JUDGED_SHARE: Record<CaseType, number> = { court: 0.9, oocd: 0.35 };
const YES_SHARE: Record<KeyQuestionFocus, number> = {
  desistance: 0.78,
  'safety-and-wellbeing': 0.66,
  'risk-of-harm': 0.62,
  'partnership-working': 0.7,
};

const QUALITATIVE: Record<string, Rating> = {
  '1.1': 'Good',
  '1.2': 'Good',
  '1.3': 'Requires improvement',
  '1.4': 'Good',
  '3.4': 'Good',
};

function keyQuestionsOf(type: CaseType): RatedStandardKeyQuestion[] {
  return RATED_STANDARDS_2020.flatMap((standard) =>
    standard.kind === 'case-based' && standard.caseType === type ? standard.keyQuestions : [],
  );
}

function judgementsFor(random: Prng, type: CaseType): Record<string, boolean | null> {
  // Whether safety and risk apply is a property of the case, the same in every standard.
  const judged: Record<KeyQuestionFocus, boolean> = {
    desistance: true,
    'partnership-working': true,
    'safety-and-wellbeing': random() < JUDGED_SHARE[type],
    'risk-of-harm': random() < JUDGED_SHARE[type],
  };
  const judgements: Record<string, boolean | null> = {};
  for (const { id, focus } of keyQuestionsOf(type)) {
    judgements[id] = judged[focus] ? random() < YES_SHARE[focus] : null;
  }
  return judgements;
}

/** 60% court cases, 40% out-of-court (004 ¶3.33), with the qualitative ratings of the 12 standards. */
export function generateRatingsInput({ cases, seed }: RatingsInputSpec): RatingsInput {
  const random = createPrng(seed);
  const courtCases = Math.round(cases * 0.6);
  return {
    cases: Array.from({ length: cases }, (_, index): RatingsCase => {
      const type: CaseType = index < courtCases ? 'court' : 'oocd';
      return { id: `C${String(index + 1).padStart(4, '0')}`, type, judgements: judgementsFor(random, type) };
    }),
    qualitative: { ...QUALITATIVE },
  };
}
