// The approved ratings as the report will publish them, for those who read the report before it is public:
// the people named for the embargoed preview (who need not be on the team) and the YJS contact in the
// factual accuracy check. They read no more of the panel's decisions than the public will (domain
// ratingAsPublished); the lead inspector's own view of the draft keeps the whole set.
import type { FinalRatingsView } from '@yji/contracts';
import { ratingAsPublished } from '@yji/domain';

export const ratingsAsPublished = (ratings: FinalRatingsView): FinalRatingsView => ({
  ...ratings,
  standards: ratings.standards.map(ratingAsPublished),
});
