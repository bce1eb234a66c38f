// Role checks on a route. Use it as the route's onRequest hook, so a caller without the role is refused
// before the body is parsed (it also works as a preHandler):
//   app.post('/api/inspections', { onRequest: requireRole('lead-inspector'), schema }, handler)
import type { FastifyRequest } from 'fastify';
import { problem, type Role } from '@yji/contracts';
import { HttpError } from '../errors.ts';

/** Passes when the caller holds at least one of `roles`; otherwise 403. */
export function requireRole(...roles: [Role, ...Role[]]) {
  return async (request: FastifyRequest): Promise<void> => {
    if (request.principal?.roles.some((role) => roles.includes(role))) return;
    throw new HttpError(problem('forbidden', { needs: `one of the roles: ${roles.join(', ')}` }));
  };
}
