// Every request needs a verified bearer token, except the health checks and the API documentation. The
// check runs on request, before the body is read, so an anonymous caller gets nothing parsed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JWTPayload } from 'jose';
import { problem } from '@yji/contracts';
import { replyWith } from '../errors.ts';
import type { Principal } from './principal.ts';
import { createTokenVerifier, type AuthOptions, type TokenCheck } from './verify-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every route that needs a token (all but /health, /ready and /docs). */
    principal: Principal;
    /** The verified token's claims, set with `principal`. */
    tokenClaims: JWTPayload;
  }
}

/**
 * Matched against the route's registered pattern, not the raw URL, so no spelling of a path can reach a
 * protected route as a public one. A URL that matches no route needs a token too: strangers learn nothing
 * about which routes exist.
 */
const SERVICE_ROUTE = /^\/(health|ready|docs)(\/|$)/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What anyone may read without signing in (published reports and their open data): a route says so
     * itself, with `config: { public: true }`; no pattern makes a route public by accident.
     */
    public?: boolean;
  }
}

/** The service's own routes (health, readiness, documentation): never limited in rate but /docs. */
export function isServiceRoute(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && SERVICE_ROUTE.test(route);
}

/** A request's bearer token, verified at most once however many hooks ask (the rate limit, then this). */
export type RequestTokenCheck = (request: FastifyRequest) => Promise<TokenCheck | 'absent' | 'unavailable'>;

export function isPublicRoute(request: FastifyRequest): boolean {
  return isServiceRoute(request) || request.routeOptions.config?.public === true;
}

export function requestTokenCheck(options: AuthOptions): RequestTokenCheck {
  const verify = createTokenVerifier(options);
  const checks = new WeakMap<FastifyRequest, ReturnType<RequestTokenCheck>>();
  return (request) => {
    let check = checks.get(request);
    if (!check) {
      const token = bearerToken(request);
      check =
        token === null
          ? Promise.resolve('absent' as const)
          : verify(token).catch((error: Error) => {
              request.log.error({ err: { message: error.message } }, 'identity provider unavailable');
              return 'unavailable' as const;
            });
      checks.set(request, check);
    }
    return check;
  };
}

export function registerAuthentication(app: FastifyInstance, tokenCheck: RequestTokenCheck): void {
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('tokenClaims', null as unknown as JWTPayload);
  app.addHook('onRequest', async (request, reply) => {
    if (isPublicRoute(request)) return;
    const check = await tokenCheck(request);
    if (check === 'absent') return unauthenticated(reply, 'a bearer token is required', false);
    if (check === 'unavailable') return replyWith(reply, problem('unavailable'));
    if (!check.ok) return unauthenticated(reply, check.reason, true);
    request.principal = check.principal;
    request.tokenClaims = check.claims;
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
