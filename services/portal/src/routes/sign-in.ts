// GET /sign-in: starts OpenID Connect sign-in (authorization code with PKCE) at the identity provider.
import type { FastifyInstance } from 'fastify';
import { ReturnTo } from '../auth/return-to.ts';
import type { RouteDeps } from './route-deps.ts';

export function registerSignIn(app: FastifyInstance, deps: RouteDeps) {
  app.get('/sign-in', async (request, reply) => {
    const returnTo = ReturnTo.parse((request.query as { returnTo?: unknown }).returnTo);
    const callback = new URL('/auth/callback', deps.portalUrl()).href;
    const { url, pending } = await deps.oidc.startSignIn(callback, returnTo);
    request.session.signIn = pending;
    return reply.redirect(url);
  });
}
