// Keeps a signed-in session going past its access token's expiry (WCAG 2.2.1 Timing Adjustable): an assessor
// an hour into a long form is renewed with the refresh token, by the portal's server before the request goes
// on, rather than sent to sign in and their answers lost. Only when there is no refresh token, or the provider
// refuses it (revoked, its session over), does the session end as the token does.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SignedInUser } from '../web/session.ts';
import type { Oidc } from './oidc.ts';

/** Renewed this long before expiry, so that no token runs out while a service is using it. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;

/** How long a renewal is kept for the requests that read the session before it was saved. */
const RENEWAL_KEPT_MS = 60_000;

/** Whether the sign-in's time (SESSION_TTL_MS from signing in) is over, renewed or not. */
const signInEnded = (user: SignedInUser) =>
  user.signInEndsAt !== undefined && Date.now() >= user.signInEndsAt;

declare module 'fastify' {
  interface FastifyInstance {
    /** The signed-in person, renewed if due; undefined when no one is, or their session is over. */
    signedInUser(request: FastifyRequest): Promise<SignedInUser | undefined>;
  }
}

/** Lets `signedIn` (routes/route-deps.ts), a preHandler with no deps of its own, renew with `oidc`. */
export function registerSessionRenewal(app: FastifyInstance, oidc: Oidc) {
  // Renewals by the refresh token they used, under way or just made: a provider that rotates its refresh
  // tokens may revoke every token of a sign-in when one is used twice, so two requests at once renew once,
  // and a request that read the session before a renewal was saved takes that renewal rather than sending
  // the old token again. (Replicas each keep their own; a browser's requests seldom cross them at once.)
  const renewals = new Map<string, Promise<SignedInUser>>();
  const renewOnce = (user: SignedInUser, refreshToken: string) => {
    let renewal = renewals.get(refreshToken);
    if (!renewal) {
      renewal = oidc.renew(user);
      renewals.set(refreshToken, renewal);
      // A renewal made is kept a while; a refused one is forgotten at once, so the next request tries again.
      const forget = () => void setTimeout(() => renewals.delete(refreshToken), RENEWAL_KEPT_MS).unref();
      renewal.then(forget, () => renewals.delete(refreshToken));
    }
    return renewal;
  };

  app.decorate('signedInUser', async (request: FastifyRequest) => {
    const { user } = request.session;
    if (user && signInEnded(user)) return undefined;
    // Renewed within a sign-in's time only: a session kept from before sign-ins had one ends with its token.
    const renewable = user?.refreshToken !== undefined && user.signInEndsAt !== undefined;
    if (user?.refreshToken && renewable && user.expiresAt - Date.now() < RENEW_BEFORE_EXPIRY_MS) {
      try {
        request.session.user = await renewOnce(user, user.refreshToken);
        request.log.info({ userId: user.userId }, 'session renewed');
      } catch (error) {
        // The message and the provider's error code only, not the error, which carries the whole response.
        const { message, error: code } = error as Error & { error?: unknown };
        request.log.warn({ err: { message, code } }, 'session renewal refused');
      }
    }
    const current = request.session.user;
    return current && current.expiresAt > Date.now() ? current : undefined;
  });
}
