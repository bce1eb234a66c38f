// JSON bodies, read as UTF-8 only (charset.ts refuses any other), with one allowance: a command without
// arguments (confirm the sample, say) may be sent with a JSON content type and no body, as most HTTP
// clients do; it reaches the route as no body at all. Keys that change how objects behave (`__proto__`,
// `constructor`) are refused wherever they appear: JSON.parse keeps `__proto__` as a plain key, and a
// schema that copies keys into a new object (a record) would then set that object's prototype.
import type { FastifyInstance } from 'fastify';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

const RESERVED_KEYS = new Set(['__proto__', 'constructor']);

class ReservedKey extends Error {}

function refuseReservedKeys(key: string, value: unknown) {
  if (RESERVED_KEYS.has(key)) throw new ReservedKey();
  return value;
}

export function parseJsonBodies(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string, refuseReservedKeys));
    } catch (error) {
      done(new HttpError(problem(error instanceof ReservedKey ? 'reserved-key' : 'invalid-json')), undefined);
    }
  });
}
