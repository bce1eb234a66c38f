// GET /auth/callback: the provider sends the browser back with a code; it is exchanged for tokens only when
// the state, the nonce and the PKCE verifier kept in this session match. A new session id then holds the
// user, and the people directory their name and address as the provider gave them.
import { problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './route-deps.ts';

export function registerAuthCallback(app: FastifyInstance, deps: RouteDeps) {
  app.get('/auth/callback', async (request, reply) => {
    const pending = request.session.signIn;
    if (!pending) throw new HttpError(problem('unauthenticated', { reason: 'no sign-in was started here' }));
    const { user, email } = await deps.oidc
      .finishSignIn(new URL(request.url, deps.portalUrl()), pending)
      .catch((error: Error) => {
        request.log.warn({ err: { message: error.message } }, 'sign-in refused');
        throw new HttpError(problem('unauthenticated', { reason: 'the sign-in could not be completed' }));
      });
    await deps.people.remember({ userId: user.userId, name: user.name, email });
    // A fresh session id at sign-in, so an id planted before it is worth nothing after.
    await request.session.regenerate();
    request.session.user = user;
    // Without a refresh token the session can outlast its access token by nothing; with one, it lasts as long
    // as sessions do (SESSION_TTL_MS), renewed as it goes (auth/session-renewal.ts).
    if (!user.refreshToken) request.session.options({ maxAge: Math.max(0, user.expiresAt - Date.now()) });
    request.log.info({ userId: user.userId }, 'signed in');
    return reply.redirect(pending.returnTo);
  });
}
