// Who may touch one inspection's records in a service that keeps TeamMembership (a read model of the
// inspection service's team events): a token role says what kind of thing a user may do; membership of
// the inspection's team says which inspection. A non-member is told the inspection does not exist (404);
// a member without the role is refused (403). Use it as the route's onRequest hook, before the body is read.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problem, type Role } from '@yji/contracts';
import { HttpError } from '../errors.ts';

/** The roles `userId` holds on the team of `inspectionId` (none: not a member). */
export type TeamRolesOf = (inspectionId: string, userId: string) => Promise<readonly string[]>;

/** A member of the inspection (the route's `:id`) holding one of `roles` both on the team and in the token. */
export function requireTeamRole(teamRolesOf: TeamRolesOf, roles: readonly Role[]) {
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id?: string };
    // An id that is not one is the params schema's to refuse (400), after this hook.
    if (!id || !z.uuid().safeParse(id).success) return;
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
