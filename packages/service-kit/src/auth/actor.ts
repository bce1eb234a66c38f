// Who is acting, taken from the authenticated request: the caller, their roles when they acted, and the
// request id that ties what they did to the request's logs. It names the person in audit entries and in
// the decisions a service hands to a workflow.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@yji/contracts';
import type { AuditActor } from '@yji/db';

export function actorOf(request: FastifyRequest): Actor {
  if (!request.principal) throw new Error('actorOf needs an authenticated route; this one is public');
  return { userId: request.principal.userId, roles: request.principal.roles, requestId: request.id };
}

/**
 * A process that acts for the system (a workflow's commands, an event consumer): no roles, and an id that says
 * which process it is. The person behind what it does is audited where they acted.
 */
export const systemActor = (process: string): AuditActor => ({ userId: `system:${process}`, roles: [] });
