// JSON bodies, with one allowance: a command without arguments (confirm the sample, say) may be sent
// with a JSON content type and no body, as most HTTP clients do; it reaches the route as no body at all.
import type { FastifyInstance } from 'fastify';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

export function parseJsonBodies(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new HttpError(problem('invalid-json')), undefined);
    }
  });
}
