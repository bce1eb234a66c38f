// The ratings the panel's chair approved, for publication: per standard the computed or proposed rating,
// the final rating, the rationale, who decided and when; the composite score, the overall rating and the
// threshold table. A correction publishes a new set that names the one it supersedes.
import { defineEvent } from '../event.ts';
import { FinalRatingsView } from './http.ts';

export const ratingsApproved = defineEvent({
  subject: 'yji.ratings.ratings.approved',
  payload: FinalRatingsView,
});
