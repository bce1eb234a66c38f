// Who may touch an inspection's ratings: a token role says what kind of thing a user may do; membership of
// the inspection's team (TeamMembership, from the inspection service's team events) says which inspection.
// A non-member is told the inspection does not exist (404); a member without the role is refused (403).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problem, type Role } from '@yji/contracts';
import { errorResponses, HttpError } from '@yji/service-kit';
import type { RatingsDb } from '../db.ts';

export const LEAD: readonly Role[] = ['lead-inspector'];
export const CHAIR: readonly Role[] = ['panel-chair'];
/** docs/domain.md §1: the panel is its chair with the inspection's lead inspector and inspectors. */
export const PANEL: readonly Role[] = ['panel-chair', 'lead-inspector', 'inspector'];
/** Decision: the desistance-first option is the lead inspector's or the chair's to set (004 ¶3.29–3.31). */
export const SETTING: readonly Role[] = ['lead-inspector', 'panel-chair'];

/** A route's onRequest hook, before the body is read: a member of the inspection (`:id`) holding one of `roles`. */
export function requireTeamRole(db: RatingsDb, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id?: string };
    if (!id || !z.uuid().safeParse(id).success) return;
    const { principal } = request;
    const memberships = await db.teamMembership.findMany({
      where: { inspectionId: id, userId: principal.userId },
      select: { role: true },
    });
    if (memberships.length === 0) throw new HttpError(problem('not-found', { what: 'inspection' }));
    // The same role in the token and on the team.
    const held = memberships.some(
      ({ role }) => roles.includes(role as Role) && principal.roles.includes(role as Role),
    );
    if (!held)
      throw new HttpError(problem('forbidden', { needs: `one of the team roles: ${roles.join(', ')}` }));
  };
}

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
    onRequest: requireTeamRole(db, roles),
    schema: {
      tags: ['ratings'],
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
