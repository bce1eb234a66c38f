// A limit on requests per client for the routes that write before anyone is signed in (routes/index.ts):
// each sign-in started stores a session row. It is the services' own limit (service-kit's registerRateLimit:
// @fastify/rate-limit, counted in memory per replica, 429 too-many-requests with Retry-After), here on the
// routes of the Fastify scope it is registered in, and by the client's address (HTTP_TRUST_PROXY says which
// proxies to believe about it), as nobody signing in has a token. The refusal is a page (web/error-pages.ts).
import type { FastifyInstance } from 'fastify';
import { registerRateLimit, type RateLimitOptions } from '@yji/service-kit';

export type { RateLimitOptions };

/** Limits the requests of each address to the routes registered in `scope` (all of them together). */
export function limitPerAddress(scope: FastifyInstance, options: RateLimitOptions): Promise<void> {
  return registerRateLimit(scope, options, async () => 'absent');
}
