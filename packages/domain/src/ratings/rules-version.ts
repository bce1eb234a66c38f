// Which edition of the ratings rules a stored result was computed with, so a recomputation from the stored
// judgements can be checked against the same rules. Decision (docs/domain.md §5): bump it whenever a change
// in this folder (bands, tie-breaks, thresholds, the small-sample limit) could change a result.
export const RATINGS_RULES_VERSION = 'ratings-2020.1';
