// Who may touch an inspection's report: the token's role and the same role on the inspection's team
// (TeamMembership, from the inspection service's team events; service-kit's requireTeamRole). The lead
// inspector writes the report.
import type { z } from 'zod';
import type { Role } from '@yji/contracts';
import { errorResponses, requireTeamRole, type TeamRolesOf } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
/** The inspected service's contact checks the draft for factual accuracy (issue 11). */
export const YJS: readonly Role[] = ['yjs-contact'];
/** The factual accuracy check: the lead inspector who sent it and the YJS contact who comments. */
export const CHECK: readonly Role[] = ['lead-inspector', 'yjs-contact'];

const teamRolesIn =
  (db: PublicationDb): TeamRolesOf =>
  async (inspectionId, userId) =>
    (await db.teamMembership.findMany({ where: { inspectionId, userId }, select: { role: true } })).map(
      ({ role }) => role,
    );

interface ReportRouteSchema {
  summary: string;
  description?: string;
  params: z.ZodType;
  body?: z.ZodType;
  response: Record<number, z.ZodType>;
}

/** The options of a route on one inspection's report for members holding one of `roles`. */
export function reportRoute<const S extends ReportRouteSchema>(
  db: PublicationDb,
  roles: readonly Role[],
  schema: S,
) {
  return {
    onRequest: requireTeamRole(teamRolesIn(db), roles),
    schema: {
      tags: ['publication'],
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
