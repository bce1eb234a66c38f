// Who may touch an inspection: a token role says what kind of thing a user may do; membership of the
// inspection's team says which inspection. A non-member is told the inspection does not exist (404); a
// member without the needed team role is refused (403).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InspectionIdParams, problem, Role } from '@yji/contracts';
import { errorResponses, HttpError } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const ANY_MEMBER: readonly Role[] = Role.options;

/**
 * A route's onRequest hook: passes a member of the inspection (`:id`) who holds one of `roles` both on the
 * team and in their token. It runs before the body is read, so a caller who may not touch the inspection
 * learns nothing from the body's validation and cannot make the service read megabytes first. A malformed
 * id is left to the route's schema (400).
 */
export function requireTeamRole(db: InspectionDb, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id?: string };
    if (!id || !z.uuid().safeParse(id).success) return;
    const { principal } = request;
    const memberships = await db.teamMember.findMany({
      where: { inspectionId: id, userId: principal.userId },
    });
    if (memberships.length === 0) throw new HttpError(problem('not-found', { what: 'inspection' }));
    const held = memberships.filter(
      (member) => roles.includes(member.role as Role) && principal.roles.includes(member.role as Role),
    );
    if (held.length === 0)
      throw new HttpError(problem('forbidden', { needs: `one of the team roles: ${roles.join(', ')}` }));
  };
}

/** What a route on one inspection says about itself; its answers by status. */
interface InspectionRouteSchema {
  tags: string[];
  summary: string;
  response: Record<number, z.ZodType>;
}

/**
 * The options of a route on one inspection (`:id`, unless `schema` names other params) for members of its
 * team holding one of `roles`: the team check before the body is read, and the refusals every such route
 * may give (400 a malformed id or body, 401, 403, 404) besides its own.
 */
export function teamRoute<const S extends InspectionRouteSchema>(
  db: InspectionDb,
  roles: readonly Role[],
  schema: S,
) {
  return {
    onRequest: requireTeamRole(db, roles),
    schema: {
      params: InspectionIdParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
