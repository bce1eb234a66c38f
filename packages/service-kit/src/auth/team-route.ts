// Who may touch one inspection's records in a service that keeps TeamMembership (a read model of the
// inspection service's team events): a token role says what kind of thing a user may do; membership of
// the inspection's team says which inspection. A non-member is told the inspection does not exist (404);
// a member without the role is refused (403). Use it as the route's onRequest hook, before the body is read.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Id, InspectionIdParams, problem, type Role } from '@yji/contracts';
import { errorResponses, HttpError } from '../errors.ts';

/** The roles `userId` holds on the team of `inspectionId` (none: not a member). */
type TeamRolesOf = (inspectionId: string, userId: string) => Promise<readonly string[]>;

/** A service's membership rows of one user on one inspection, each with its role. */
export type FindMemberships = (where: {
  inspectionId: string;
  userId: string;
}) => Promise<readonly { role: string }[]>;

/** A member of the inspection (the route's `:id`) holding one of `roles` both on the team and in the token. */
function requireTeamRole(teamRolesOf: TeamRolesOf, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id?: string };
    // An id that is not one is the params schema's to refuse (400), after this hook. The schema is built once
    // (building one per request was 2% of a team route's CPU under load).
    if (!id || !Id.safeParse(id).success) return;
    const { principal } = request;
    const teamRoles = await teamRolesOf(id, principal.userId);
    if (teamRoles.length === 0) throw new HttpError(problem('not-found', { what: 'inspection' }));
    const held = teamRoles.some(
      (role) => roles.includes(role as Role) && principal.roles.includes(role as Role),
    );
    if (!held)
      throw new HttpError(problem('forbidden', { needs: `one of the team roles: ${roles.join(', ')}` }));
  };
}

/** What a route on one inspection says about itself in OpenAPI; its own answers by status. */
export interface TeamRouteSchema {
  tags?: string[];
  summary: string;
  description?: string;
  params?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  querystring?: z.ZodType;
  response: Record<number, z.ZodType>;
}

/**
 * The options of a route on one inspection (`:id`) for members of its team holding one of `roles`: the
 * team check before the body is read, the inspection's id as the params (unless `schema` names params with
 * more in them, such as a standard's), and the refusals every such route may give (400 a malformed id or
 * body, 401, 403, 404) besides its own.
 */
export function teamRoute<const S extends TeamRouteSchema>(
  findMemberships: FindMemberships,
  roles: readonly Role[],
  schema: S,
) {
  const teamRolesOf: TeamRolesOf = async (inspectionId, userId) =>
    (await findMemberships({ inspectionId, userId })).map(({ role }) => role);
  return {
    onRequest: requireTeamRole(teamRolesOf, roles),
    schema: {
      params: InspectionIdParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}

/** A service's TeamMembership table (its read model of the inspection service's team events). */
export interface TeamMembershipTable {
  teamMembership: {
    findMany(args: {
      where: { inspectionId: string; userId: string };
      select: { role: true };
    }): Promise<readonly { role: string }[]>;
  };
}

/**
 * `teamRoute` for a service that keeps TeamMembership, its routes under one OpenAPI tag: the route options
 * of one inspection's records for members holding one of `roles`.
 */
export function teamMembershipRoute(tag: string) {
  return <const S extends TeamRouteSchema>(db: TeamMembershipTable, roles: readonly Role[], schema: S) =>
    teamRoute((where) => db.teamMembership.findMany({ where, select: { role: true } }), roles, {
      tags: [tag],
      ...schema,
    });
}
