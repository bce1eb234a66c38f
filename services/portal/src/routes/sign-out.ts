// POST /sign-out ends the portal session, then the provider's; GET /signed-out is where the provider
// sends the browser back to.
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../web/create-web-app.ts';
import { page, type RouteDeps } from './route-deps.ts';

export function registerSignOut(app: FastifyInstance, deps: RouteDeps) {
  app.post('/sign-out', async (request, reply) => {
    const idToken = request.session.user?.idToken;
    await request.session.destroy();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!idToken) return reply.redirect('/signed-out', 303);
    return reply.redirect(
      await deps.oidc.signOutUrl(idToken, new URL('/signed-out', deps.portalUrl()).href),
      303,
    );
  });
  app.get('/signed-out', (request, reply) =>
    page(request, reply, 'auth/signed-out.njk', { title: 'You have signed out' }),
  );
}
