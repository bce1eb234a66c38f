// The portal's side of OpenID Connect, through openid-client (OpenID-certified): authorization code flow
// with PKCE, state and nonce, against the provider AUTH_ISSUER names. Discovery runs on first use and again
// after a failure, so the portal starts even while the provider does not answer yet.
import * as client from 'openid-client';
import { decodeJwt } from 'jose';
import { Role } from '@yji/contracts';
import type { PendingSignIn, SignedInUser } from '../web/session.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export interface Oidc {
  /** Where to send the browser to sign in, and what the session must keep to finish it. */
  startSignIn(callbackUrl: string, returnTo: string): Promise<{ url: string; pending: PendingSignIn }>;
  /** Exchanges the code the provider sent back; throws if state, nonce or the PKCE verifier do not match. */
  finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<SignedInUser>;
  /** The provider's sign-out page for this person, returning to `afterUrl`. */
  signOutUrl(idToken: string, afterUrl: string): Promise<string>;
}

const rolesClaim = (accessToken: string): Role[] => {
  const claimed = decodeJwt(accessToken).roles;
  return Array.isArray(claimed) ? claimed.filter((role) => Role.safeParse(role).success) : [];
};

export function createOidc(settings: OidcSettings): Oidc {
  let configuration: Promise<client.Configuration> | undefined;
  const discovered = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        client.ClientSecretBasic(settings.clientSecret),
        // A provider on plain http is only accepted on this machine (development).
        new URL(settings.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {},
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
      return {
        userId: claims.sub,
        roles: rolesClaim(tokens.access_token),
        accessToken: tokens.access_token,
        idToken: tokens.id_token,
        expiresAt: Date.now() + (tokens.expiresIn() ?? 3600) * 1000,
      };
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
