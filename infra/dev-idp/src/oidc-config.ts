// The development identity provider's OpenID Provider settings (oidc-provider, OpenID-certified): one
// client, the portal, signing in by authorization code with PKCE and renewing its tokens with a refresh token
// bound to the person's session here; access tokens as JWTs for the services' audience carrying the seeded
// user's roles, signed with the same ES256 key `yji dev-token` uses offline.
import type { Configuration } from 'oidc-provider';
import { SEED_USERS } from './seed-users.ts';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key.ts';
import { signOutPage } from './sign-in-page.ts';

/** The resource indicator the portal's tokens are for; tokens carry DEV_AUDIENCE as their `aud`. */
export const API_RESOURCE = 'urn:yji:api';
/** The scope that asks for an access token to the services (beside `openid`). */
export const API_SCOPE = 'yji';
const TOKEN_TTL_SECONDS = 60 * 60;
const SESSION_TTL_SECONDS = 8 * 60 * 60;

export interface PortalClient {
  clientId: string;
  clientSecret: string;
  /** The portal's address; its callback and the page it shows after signing out hang off it. */
  portalUrl: string;
}

export function oidcConfiguration(
  key: SigningKey,
  audience: string,
  client: PortalClient,
  cookieKeys: string[],
): Configuration {
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [new URL('/auth/callback', client.portalUrl).href],
        post_logout_redirect_uris: [new URL('/signed-out', client.portalUrl).href],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: SIGNING_ALGORITHM,
        // "native" only for RFC 8252's loopback rule: a portal on 127.0.0.1 may listen on any port (tests
        // start it on a free one) and still match the registered redirect URI.
        application_type: 'native',
      },
    ],
    jwks: { keys: [key.privateJwk] },
    cookies: { keys: cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    // The scopes' claims in the ID token as well as at userinfo, as Microsoft Entra ID gives them: the portal
    // reads a person's name and address from the ID token it already has.
    conformIdTokenClaims: false,
    routes: { jwks: '/.well-known/jwks.json' },
    // A refresh token for the portal at every sign-in, so that it renews an expired access token without
    // sending anyone back here. Not only with `offline_access`, which the portal asks for (AUTH_SCOPE) but
    // oidc-provider drops from a request without prompt=consent (which would mean a consent page at every
    // sign-in with Entra ID), and whose tokens outlive signing out. Without it the token is bound to the
    // person's session here (oidc-provider's `expiresWithSession`): signing out here, or the session's end,
    // revokes it.
    issueRefreshToken: async (_ctx, portal) => portal.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: TOKEN_TTL_SECONDS,
      IdToken: TOKEN_TTL_SECONDS,
      // No longer than a session, a rotated one no longer than the one it replaces.
      RefreshToken: (ctx) => ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? SESSION_TTL_SECONDS,
      Session: SESSION_TTL_SECONDS,
      Grant: SESSION_TTL_SECONDS,
      Interaction: 10 * 60,
    },
    async findAccount(_ctx, sub) {
      const user = Object.hasOwn(SEED_USERS, sub) ? SEED_USERS[sub] : undefined;
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: user.name, email: user.email, email_verified: true }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    extraTokenClaims: async (_ctx, token) =>
      'accountId' in token && typeof token.accountId === 'string'
        ? { roles: [...(SEED_USERS[token.accountId]?.roles ?? [])] }
        : undefined,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: signOutPage },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: API_SCOPE,
          audience,
          accessTokenTTL: TOKEN_TTL_SECONDS,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: SIGNING_ALGORITHM } },
        }),
      },
    },
  };
}
