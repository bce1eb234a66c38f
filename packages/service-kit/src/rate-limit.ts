// A limit on requests per client: the token's user when the request carries a valid token, else the
// client's address (behind proxies, HTTP_TRUST_PROXY says which X-Forwarded-For hops to believe). It runs
// before authentication, so floods of bad tokens are limited by address too. Health checks are never
// limited: a load balancer probing often must not take a replica out of service.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { isServiceRoute, type RequestTokenCheck } from './auth/authenticate.ts';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

export interface RateLimitOptions {
  /** Requests per client per window, per replica (an in-memory count; replicas do not share it). */
  max: number;
  windowMs: number;
}

export async function registerRateLimit(
  app: FastifyInstance,
  options: RateLimitOptions,
  tokenCheck: RequestTokenCheck,
): Promise<void> {
  await app.register(rateLimit, { global: false });
  app.addHook(
    'onRequest',
    app.rateLimit({
      max: options.max,
      timeWindow: options.windowMs,
      keyGenerator: async (request) => {
        const check = await tokenCheck(request);
        return typeof check === 'object' && check.ok ? `user:${check.principal.userId}` : `ip:${request.ip}`;
      },
      allowList: (request) => isServiceRoute(request) && request.routeOptions.url !== '/docs',
      // The plugin sets Retry-After; the answer is the catalogue's.
      errorResponseBuilder: () => new HttpError(problem('too-many-requests')),
    }),
  );
}
