// Where each case-based key question stands while fieldwork and QA go on (docs/domain.md §6 steps 3–5): from
// the judgements that currently stand as submitted, and from those approved so far. The tally and the bands
// are computeRatings' own; this adds the share and the distance to the neighbouring bands.
import { RATINGS_DEFAULTS, computeRatings } from '../compute-ratings.ts';
import type { RatingsOptions } from '../compute-ratings.ts';
import type { RatingsCase } from '../ratings-input-schema.ts';
import { judgementsStand } from '../../qa/review-states.ts';
import type { ReviewState } from '../../qa/review-states.ts';
import { keyQuestionStanding } from './band-distance.ts';
import type { KeyQuestionStanding } from './band-distance.ts';

export interface LiveCase extends RatingsCase {
  reviewState: ReviewState;
}

export interface LiveStandings {
  /** Every judgement standing as submitted: awaiting or in QA, or approved. */
  submitted: KeyQuestionStanding[];
  /** Approved judgements only: reviewed, or approved without review. */
  approved: KeyQuestionStanding[];
}

/** `cases` are expected to have passed ratingsInputSchemaFor(the framework's standards), with their state. */
export function liveStandings(cases: readonly LiveCase[], options: RatingsOptions = {}): LiveStandings {
  const bands = options.bands ?? RATINGS_DEFAULTS.bands;
  const standingsOf = (included: readonly LiveCase[]) =>
    computeRatings(
      { cases: included.map(({ reviewState: _state, ...ratingsCase }) => ratingsCase), qualitative: {} },
      options,
    )
      .standards.flatMap(({ keyQuestions }) => keyQuestions)
      .map((result) => keyQuestionStanding(result, bands));
  return {
    submitted: standingsOf(cases.filter(({ reviewState }) => judgementsStand(reviewState))),
    approved: standingsOf(cases.filter(({ reviewState }) => reviewState === 'approved')),
  };
}
