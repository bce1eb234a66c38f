// Routes on one inspection's figures (`:inspectionId`), for members of its team holding one of the named
// roles in their token and on the team. A non-member is told 404, as for an inspection that does not exist;
// a member without the role 403. The check runs before anything is read.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { InspectionIdRouteParams, problem, type Role } from '@yji/contracts';
import { errorResponses, HttpError, requireRole } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { teamMemberOf } from './team-member.ts';

function requireInspectionRole(db: FieldworkDb, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const parsed = InspectionIdRouteParams.safeParse(request.params);
    if (!parsed.success) return; // the route's schema answers 400
    const member = await teamMemberOf(db, request.principal, parsed.data.inspectionId);
    if (member.teamRoles.length === 0) throw new HttpError(problem('not-found', { what: 'inspection' }));
    if (!member.teamRoles.some((role) => (roles as string[]).includes(role)))
      throw new HttpError(problem('forbidden', { needs: `one of the team roles: ${roles.join(', ')}` }));
  };
}

interface InspectionRouteSchema {
  summary: string;
  response: Record<number, z.ZodType>;
}

export function inspectionRoute<const S extends InspectionRouteSchema>(
  db: FieldworkDb,
  roles: readonly [Role, ...Role[]],
  schema: S,
) {
  const tokenCheck = requireRole(...roles);
  return {
    onRequest: [tokenCheck, requireInspectionRole(db, roles)],
    schema: {
      params: InspectionIdRouteParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
