// Who may touch an inspection: a token role says what kind of thing a user may do; membership of the
// inspection's team says which inspection. A non-member is told the inspection does not exist (404); a
// member without the needed team role is refused (403).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Role } from '@yji/contracts';
import { HttpError, notFound, type Principal } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

export async function requireTeamRole(
  db: InspectionDb,
  inspectionId: string,
  principal: Principal,
  roles: readonly Role[],
) {
  const memberships = await db.teamMember.findMany({ where: { inspectionId, userId: principal.userId } });
  if (memberships.length === 0) throw notFound('inspection');
  const held = memberships.filter(
    (member) => roles.includes(member.role as Role) && principal.roles.includes(member.role as Role),
  );
  if (held.length === 0)
    throw new HttpError(403, 'forbidden', `this needs one of the team roles: ${roles.join(', ')}`);
}

export const LEAD: readonly Role[] = ['lead-inspector'];
export const ANY_MEMBER: readonly Role[] = Role.options;

/**
 * The same check as an onRequest hook, before the body is read: for routes whose bodies are large, a caller
 * who may not touch the inspection is turned away without the service reading megabytes first. A malformed
 * id is left to the route's schema (400).
 */
export function teamRoleBeforeBody(db: InspectionDb, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id?: string };
    if (id && z.uuid().safeParse(id).success) await requireTeamRole(db, id, request.principal!, roles);
  };
}
