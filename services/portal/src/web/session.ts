// What a portal session holds, server-side: who signed in and with which tokens, a sign-in under way, and a
// one-off notice for the next page. Never case data.
import type { Role } from '@yji/contracts';

export interface SignedInUser {
  userId: string;
  /** As the provider names them (its `name` claim), when it does: what "Signed in as" says. */
  name?: string;
  roles: Role[];
  /** The provider's access token, sent to the services as the bearer token. */
  accessToken: string;
  /** For the provider's sign-out. */
  idToken: string;
  /**
   * Epoch ms when the access token expires; the session is renewed then with the refresh token, or without
   * one (or when the provider refuses it) ends, as the services would refuse the token anyway.
   */
  expiresAt: number;
  /**
   * Epoch ms SESSION_TTL_MS after signing in: the sign-in ends then however often its tokens were renewed, a
   * session in use not kept open for ever. (Sessions from before it was kept have none: they are not renewed,
   * and end with their token.)
   */
  signInEndsAt?: number;
  /**
   * The provider's refresh token, when it gave one: sent to its token endpoint only, by the portal's server;
   * never shown on a page, put in a URL or logged.
   */
  refreshToken?: string;
}

export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path on the portal to return to after signing in. */
  returnTo: string;
}

export interface DecisionUnderWay {
  /** The portal's page that asks the service after the decision (routes/decision-progress.ts). */
  check: string;
  /** The page the decision was taken on, where its outcome is shown. */
  page: string;
}

declare module 'fastify' {
  interface Session {
    user?: SignedInUser;
    signIn?: PendingSignIn;
    /** Shown once, on the next page: what the last change did. */
    notice?: string;
    /** Shown once, on the next page: a decision the services accepted and are still carrying out. */
    waiting?: string;
    /** The lead's decision still being carried out: the page that asks after it, and where it was taken. */
    decisionUnderWay?: DecisionUnderWay;
    /** Shown once, on the next page: why a decision carried out after its answer was refused. */
    refusal?: string;
    _csrf?: string;
  }
}

declare module 'fastify' {
  interface FastifyReply {
    /** What every template of this request sees (@fastify/view merges it in; its types do not say so). */
    locals?: Record<string, unknown>;
  }
}
