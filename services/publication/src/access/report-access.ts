// Who may touch an inspection's report: the token's role and the same role on the inspection's team
// (TeamMembership, from the inspection service's team events; service-kit's teamRoute). The lead
// inspector writes the report.
import type { Role } from '@yji/contracts';
import { teamMembershipRoute } from '@yji/service-kit';

export const LEAD: readonly Role[] = ['lead-inspector'];
/** The inspected service's contact checks the draft for factual accuracy (issue 11). */
export const YJS: readonly Role[] = ['yjs-contact'];
/** The factual accuracy check: the lead inspector who sent it and the YJS contact who comments. */
export const CHECK: readonly Role[] = ['lead-inspector', 'yjs-contact'];

/** The options of a route on one inspection's report (`:id`) for members holding one of `roles`. */
export const reportRoute = teamMembershipRoute('publication');
