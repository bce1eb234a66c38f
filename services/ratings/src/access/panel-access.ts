// Who may touch an inspection's ratings: a token role says what kind of thing a user may do; membership of
// the inspection's team (TeamMembership, from the inspection service's team events) says which inspection.
// A non-member is told the inspection does not exist (404); a member without the role is refused (403).
import { PANEL_ROLES, type Role } from '@yji/contracts';
import { teamMembershipRoute } from '@yji/service-kit';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const CHAIR: readonly Role[] = ['panel-chair'];
/** docs/domain.md §1: the panel is its chair with the inspection's lead inspector and inspectors. */
export const PANEL: readonly Role[] = PANEL_ROLES;
/** Decision: the desistance-first option is the lead inspector's or the chair's to set (004 ¶3.29–3.31). */
export const SETTING: readonly Role[] = ['lead-inspector', 'panel-chair'];

/** The options of a route on one inspection's ratings (`:id`) for members holding one of `roles`. */
export const panelRoute = teamMembershipRoute('ratings');
