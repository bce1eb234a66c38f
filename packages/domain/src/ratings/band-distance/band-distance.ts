// How far a key question stands from the next band up and the next band down: the fewest further cases that
// would move it, if every one of them were judged yes (or no). The bands come from bandForProportion and its
// thresholds (004 ¶3.23); this file only asks it, step by step, never compares shares itself.
import { RATING_BANDS, bandForProportion } from '../rating-bands.ts';
import type { RatingBand } from '../rating-bands.ts';
import { ratingRank } from '../rating.ts';
import type { Rating } from '../rating.ts';
import type { KeyQuestionResult } from '../ratings-result.ts';

export interface BandStep {
  /** Further applicable cases, all judged the same way. */
  cases: number;
  /** The band they would give. */
  band: Rating;
}

export interface KeyQuestionStanding extends KeyQuestionResult {
  /** yes / applicable, unrounded (the band is taken from it, 004 ¶3.23); null when no case applies. */
  share: number | null;
  /** The fewest more 'yes' judgements that lift the band; null at the top, or when no number of them can. */
  toRise: BandStep | null;
  /** The fewest more 'no' judgements that drop the band; null at the bottom. */
  toFall: BandStep | null;
}

// Far beyond any inspection, and small enough that bandForProportion's yes × 100 stays an exact integer.
const MAX_APPLICABLE = 2 ** 46;

/**
 * The fewest further cases, all judged yes (or all no), that move the band, and the band they give; null when
 * no number does. Each added yes raises the share and each added no lowers it, so the band moves one way only
 * as cases are added: the fewest can be found by doubling, then halving, calling bandForProportion about
 * 2·log₂(answer) times.
 */
function fewestToMove(
  yes: number,
  applicable: number,
  judgedYes: boolean,
  bands: readonly RatingBand[],
): BandStep | null {
  const current = ratingRank(bandForProportion(yes, applicable, bands));
  const bandAfter = (added: number) =>
    bandForProportion(judgedYes ? yes + added : yes, applicable + added, bands);
  const moved = (added: number) => {
    const rank = ratingRank(bandAfter(added));
    return judgedYes ? rank > current : rank < current;
  };
  let high = 1;
  while (!moved(high)) {
    if (applicable + high * 2 > MAX_APPLICABLE) return null;
    high *= 2;
  }
  let low = Math.floor(high / 2); // not moved (0 never moves)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (moved(middle)) high = middle;
    else low = middle;
  }
  return { cases: high, band: bandAfter(high) };
}

export function keyQuestionStanding(
  result: KeyQuestionResult,
  bands: readonly RatingBand[] = RATING_BANDS,
): KeyQuestionStanding {
  const { yes, applicable } = result;
  // No band without an applicable case (the panel decides, docs/domain.md §5), so nothing to move from.
  if (applicable === 0) return { ...result, share: null, toRise: null, toFall: null };
  return {
    ...result,
    share: yes / applicable,
    toRise: fewestToMove(yes, applicable, true, bands),
    toFall: fewestToMove(yes, applicable, false, bands),
  };
}
