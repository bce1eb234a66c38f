// Who may touch an inspection: a token role says what kind of thing a user may do; membership of the
// inspection's team (the service's own TeamMember table) says which inspection; service-kit's teamRoute
// checks both before the body is read. The membership is one prepared statement sent past Prisma (@yji/db
// direct-sql.ts): it runs before every team route, the lead's progress included (issue 12).
import { Role } from '@yji/contracts';
import { preparedStatement } from '@yji/db';
import { teamRoute as memberRoute, type TeamRouteSchema } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const ANY_MEMBER: readonly Role[] = Role.options;

const MEMBER_ROLES = preparedStatement(
  'inspection.member-roles',
  'SELECT role FROM "TeamMember" WHERE "inspectionId" = $1::uuid AND "userId" = $2',
);

/** The options of a route on one inspection (`:id`) for members of its team holding one of `roles`. */
export const teamRoute = <const S extends TeamRouteSchema>(
  db: InspectionDb,
  roles: readonly Role[],
  schema: S,
) =>
  memberRoute(
    ({ inspectionId, userId }) => db.sql.rows<{ role: string }>(MEMBER_ROLES, [inspectionId, userId]),
    roles,
    schema,
  );
