// The portal's side of OpenID Connect, through openid-client (OpenID-certified): authorization code flow
// with PKCE, state and nonce, against the provider AUTH_ISSUER names. Discovery runs on first use and again
// after a failure, so the portal starts even while the provider does not answer yet. Where the portal's server
// cannot reach the provider at the address people's browsers use (a container network), `internalUrl` says
// where it can: the portal's own calls (discovery, token, keys) go there, through openid-client's customFetch,
// while the issuer, and every address the browser is sent to, stay the public one.
import * as client from 'openid-client';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { Role } from '@yji/contracts';
import type { PendingSignIn, SignedInUser } from '../web/session.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** The provider as the portal's server reaches it, when not at the issuer's address. */
  internalUrl?: string;
  /** The longest a sign-in lasts, its tokens renewed or not (SESSION_TTL_MS). */
  sessionTtlMs: number;
}

export interface Oidc {
  /** Where to send the browser to sign in, and what the session must keep to finish it. */
  startSignIn(callbackUrl: string, returnTo: string): Promise<{ url: string; pending: PendingSignIn }>;
  /**
   * Exchanges the code the provider sent back; throws if state, nonce or the PKCE verifier do not match. The
   * person's address is for the people directory only: the session does not keep it.
   */
  finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<{ user: SignedInUser; email?: string }>;
  /**
   * The person with new tokens, by the refresh token grant; throws when the session has no refresh token, or
   * the provider refuses it (revoked, its session over) or answers for someone else.
   */
  renew(user: SignedInUser): Promise<SignedInUser>;
  /** The provider's sign-out page for this person, returning to `afterUrl`. */
  signOutUrl(idToken: string, afterUrl: string): Promise<string>;
}

const rolesClaim = (accessToken: string): Role[] => {
  const claimed = decodeJwt(accessToken).roles;
  return Array.isArray(claimed) ? claimed.filter((role) => Role.safeParse(role).success) : [];
};

/**
 * What the session keeps of a token response: the access token, its roles and expiry, and the refresh token
 * when the provider sent one (a provider that does not rotate them may send none on renewal).
 */
function tokensOf(tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers) {
  return {
    roles: rolesClaim(tokens.access_token),
    accessToken: tokens.access_token,
    expiresAt: Date.now() + (tokens.expiresIn() ?? 3600) * 1000,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
}

const address = z.email().max(320).optional().catch(undefined);
const ProfileClaims = z.object({
  name: z.string().trim().min(1).max(200).optional().catch(undefined),
  email: address,
  email_verified: z.boolean().optional().catch(undefined),
  preferred_username: address,
});

/**
 * The name and address the ID token gives (the `profile` and `email` scopes' claims), each left out when the
 * provider sent none or one that is not a name or an address. Microsoft Entra ID sends no `email` for an
 * account without a mailbox; its `preferred_username`, when it is an address, is the one they sign in with.
 * An address the provider says it has not verified is left out: the directory maps addresses to people (a
 * seat on the team, an embargoed preview), and anyone could have typed it.
 */
export function profileOf(claims: Record<string, unknown>): { name?: string; email?: string } {
  const { name, email: claimed, email_verified, preferred_username } = ProfileClaims.parse(claims);
  const email = email_verified === false ? undefined : claimed;
  const address = email ?? preferred_username;
  return { ...(name ? { name } : {}), ...(address ? { email: address } : {}) };
}

/**
 * A fetch that sends what is addressed to the issuer's origin to `internalUrl`'s origin instead, saying, as a
 * reverse proxy would, which address it was meant for: a provider that derives its endpoints' addresses from
 * the request (oidc-provider behind a proxy) then still names the public ones, which the browser is sent to.
 */
function fetchThrough(issuer: string, internalUrl: string): client.CustomFetch {
  const publicUrl = new URL(issuer);
  const to = new URL(internalUrl).origin;
  return (url, options) => {
    // openid-client's body type is wider than the DOM library's RequestInit; Node's fetch takes it as it is.
    const init = options as RequestInit;
    return url.startsWith(publicUrl.origin)
      ? fetch(to + url.slice(publicUrl.origin.length), {
          ...init,
          headers: {
            ...options.headers,
            'x-forwarded-host': publicUrl.host,
            'x-forwarded-proto': publicUrl.protocol.slice(0, -1),
          },
        })
      : fetch(url, init);
  };
}

export function createOidc(settings: OidcSettings): Oidc {
  const insecure = [settings.issuer, settings.internalUrl].some(
    (url) => url !== undefined && new URL(url).protocol === 'http:',
  );
  let configuration: Promise<client.Configuration> | undefined;
  const discovered = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        client.ClientSecretBasic(settings.clientSecret),
        {
          // A provider on plain http is only accepted in development (this machine, a compose network).
          ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
          ...(settings.internalUrl
            ? { [client.customFetch]: fetchThrough(settings.issuer, settings.internalUrl) }
            : {}),
        },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    async startSignIn(callbackUrl, returnTo) {
      const config = await discovered();
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl,
        scope: settings.scope,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finishSignIn(callbackUrl, pending) {
      const config = await discovered();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('the provider sent no ID token');
      const { name, email } = profileOf(claims);
      const user: SignedInUser = {
        userId: claims.sub,
        ...(name ? { name } : {}),
        idToken: tokens.id_token,
        signInEndsAt: Date.now() + settings.sessionTtlMs,
        ...tokensOf(tokens),
      };
      return { user, ...(email ? { email } : {}) };
    },
    async renew(user) {
      if (!user.refreshToken) throw new Error('the session has no refresh token');
      const tokens = await client.refreshTokenGrant(await discovered(), user.refreshToken);
      const renewed = tokens.claims();
      if (renewed && renewed.sub !== user.userId) throw new Error('the provider renewed someone else');
      // The newest ID token, when one came, is the hint the provider's sign-out expects.
      return { ...user, ...tokensOf(tokens), ...(tokens.id_token ? { idToken: tokens.id_token } : {}) };
    },
    async signOutUrl(idToken, afterUrl) {
      const config = await discovered();
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: afterUrl,
      }).href;
    },
  };
}
