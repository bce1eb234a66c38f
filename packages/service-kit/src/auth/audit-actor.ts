// Who an audit entry is about, taken from the authenticated request: the caller, their roles when they
// acted, and the request id that ties the entry to the request's logs.
import type { FastifyRequest } from 'fastify';
import type { Role } from '@yji/contracts';

export interface AuditActor {
  actorId: string;
  actorRoles: Role[];
  requestId: string;
}

export function auditActor(request: FastifyRequest): AuditActor {
  if (!request.principal) throw new Error('auditActor needs an authenticated route; this one is public');
  return { actorId: request.principal.userId, actorRoles: request.principal.roles, requestId: request.id };
}
