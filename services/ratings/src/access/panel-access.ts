// Who may touch an inspection's ratings: a token role says what kind of thing a user may do; membership of
// the inspection's team (TeamMembership, from the inspection service's team events) says which inspection.
// A non-member is told the inspection does not exist (404); a member without the role is refused (403).
import type { z } from 'zod';
import type { Role } from '@yji/contracts';
import { errorResponses, requireTeamRole, type TeamRolesOf } from '@yji/service-kit';
import type { RatingsDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const CHAIR: readonly Role[] = ['panel-chair'];
/** docs/domain.md §1: the panel is its chair with the inspection's lead inspector and inspectors. */
export const PANEL: readonly Role[] = ['panel-chair', 'lead-inspector', 'inspector'];
/** Decision: the desistance-first option is the lead inspector's or the chair's to set (004 ¶3.29–3.31). */
export const SETTING: readonly Role[] = ['lead-inspector', 'panel-chair'];

/** The roles a user holds on an inspection's team, for service-kit's requireTeamRole. */
export const teamRolesIn =
  (db: RatingsDb): TeamRolesOf =>
  async (inspectionId, userId) =>
    (await db.teamMembership.findMany({ where: { inspectionId, userId }, select: { role: true } })).map(
      ({ role }) => role,
    );

interface PanelRouteSchema {
  summary: string;
  params: z.ZodType;
  response: Record<number, z.ZodType>;
}

/** The options of a route on one inspection's ratings for members holding one of `roles`. */
export function panelRoute<const S extends PanelRouteSchema>(
  db: RatingsDb,
  roles: readonly Role[],
  schema: S,
) {
  return {
    onRequest: requireTeamRole(teamRolesIn(db), roles),
    schema: {
      tags: ['ratings'],
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
