// Every request needs a verified bearer token, except the health checks and the API documentation. The
// check runs on request, before the body is read, so an anonymous caller gets nothing parsed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '@yji/contracts';
import { replyWith } from '../errors.ts';
import type { Principal } from './principal.ts';
import { createTokenVerifier, type AuthOptions } from './verify-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every route that needs a token (all but /health, /ready and /docs). */
    principal: Principal;
  }
}

/**
 * Matched against the route's registered pattern, not the raw URL, so no spelling of a path can reach a
 * protected route as a public one. A URL that matches no route needs a token too: strangers learn nothing
 * about which routes exist.
 */
const PUBLIC_ROUTE = /^\/(health|ready|docs)(\/|$)/;

export function registerAuthentication(app: FastifyInstance, options: AuthOptions): void {
  const verify = createTokenVerifier(options);
  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route !== undefined && PUBLIC_ROUTE.test(route)) return;
    const token = bearerToken(request);
    if (token === null) return unauthenticated(reply, 'a bearer token is required', false);
    const check = await verify(token).catch((error: Error) => {
      request.log.error({ err: { message: error.message } }, 'identity provider unavailable');
      return null;
    });
    if (check === null) {
      return replyWith(reply, problem('unavailable'));
    }
    if (!check.ok) return unauthenticated(reply, check.reason, true);
    request.principal = check.principal;
  });
}

/** The token from `Authorization: Bearer <token>`; null when the header is absent or not of that form. */
function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** RFC 6750: a 401 names the scheme; `invalid_token` tells a client its token, not its request, was wrong. */
function unauthenticated(reply: FastifyReply, reason: string, tokenPresented: boolean) {
  const challenge = tokenPresented ? 'Bearer realm="yji", error="invalid_token"' : 'Bearer realm="yji"';
  return replyWith(reply.header('www-authenticate', challenge), problem('unauthenticated', { reason }));
}
