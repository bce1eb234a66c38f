// Who may touch an inspection: a token role says what kind of thing a user may do; membership of the
// inspection's team (the service's own TeamMember table) says which inspection; service-kit's teamRoute
// checks both before the body is read.
import { InspectionIdParams, Role } from '@yji/contracts';
import { teamRoute as memberRoute, type TeamRouteSchema } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const ANY_MEMBER: readonly Role[] = Role.options;

/** The options of a route on one inspection (`:id`, unless `schema` names other params) for members of its team holding one of `roles`. */
export const teamRoute = <const S extends TeamRouteSchema>(
  db: InspectionDb,
  roles: readonly Role[],
  schema: S,
) =>
  memberRoute((where) => db.teamMember.findMany({ where, select: { role: true } }), roles, {
    params: InspectionIdParams,
    ...schema,
  });
