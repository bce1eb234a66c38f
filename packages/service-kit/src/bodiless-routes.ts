// A route that declares no body schema takes no body: without this, a bodiless command (confirm the
// sample) accepted any JSON at all (`null`, `[]`, `"x"`), and the next change to its handler could start
// reading it unchecked. An empty body (what most clients send with a JSON content type) is no body.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

const METHODS_WITH_BODIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function refuseAnyBody(request: FastifyRequest) {
  if (request.body !== undefined)
    throw new HttpError(
      problem('invalid-request', { issues: [{ field: 'body', message: 'this request takes no body' }] }),
    );
}

export function refuseUndeclaredBodies(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (route.schema?.body !== undefined || !methods.some((method) => METHODS_WITH_BODIES.has(method)))
      return;
    const own = route.preValidation ? [route.preValidation].flat() : [];
    route.preValidation = [async (request: FastifyRequest) => refuseAnyBody(request), ...own];
  });
}
