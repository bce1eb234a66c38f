// The portal's variables: where it listens and is reached, its sessions, the identity provider it signs
// people in with, and the services it calls for them. Parsed at start-up; a bad one stops it, named.
import { databaseEnv, envSchema, httpEnv, millis, telemetryEnv } from '@yji/service-kit';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const portalEnv = {
  fields: {
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /**
     * The address people reach the portal at; the sign-in callback hangs off it, and https makes cookies
     * Secure. Unset: the address it listens on (development).
     */
    PORTAL_URL: httpUrl.optional(),
    /** Signs the session cookie: 32 characters or more, from a secret store; the same for every replica. */
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** How long a session lasts at most; its access token is renewed as it expires (auth/session-renewal.ts). */
    SESSION_TTL_MS: millis.min(60_000).default(8 * 60 * 60 * 1000),
    /** The OpenID Provider's issuer; its discovery document says everything else. */
    AUTH_ISSUER: httpUrl,
    /**
     * Where the portal's server reaches the provider when AUTH_ISSUER, the address browsers use, does not work
     * from where the portal runs (docker compose: http://dev-idp:3900). Unset or empty: AUTH_ISSUER.
     */
    AUTH_INTERNAL_URL: z.preprocess((value) => (value === '' ? undefined : value), httpUrl.optional()),
    AUTH_CLIENT_ID: z.string().min(1, 'is required'),
    AUTH_CLIENT_SECRET: z.string().min(1, 'is required'),
    /**
     * Scopes asked for at sign-in: `openid`; `profile` and `email`, whose claims name the person on pages and
     * let a lead name them by address; `offline_access`, for the refresh token that renews a session past its
     * access token's expiry (Microsoft Entra ID gives none without it); and the one that grants an access
     * token for the services.
     */
    AUTH_SCOPE: z.string().min(1).default('openid profile email offline_access yji'),
    /**
     * Requests to sign in (its start and the provider's callback, counted together) a client's address may make
     * in SIGN_IN_RATE_LIMIT_WINDOW_MS, per replica: each sign-in started stores a session row before anyone is
     * signed in. Past it, 429 with Retry-After. Behind a proxy, HTTP_TRUST_PROXY makes the address the client's.
     */
    SIGN_IN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(60),
    SIGN_IN_RATE_LIMIT_WINDOW_MS: millis.min(1000).default(60_000),
    /** How long the people directory keeps someone who has not signed in since (their name and address). */
    PEOPLE_RETENTION_DAYS: z.coerce.number().int().min(1).default(730),
    INSPECTION_API_URL: httpUrl.default('http://127.0.0.1:3001'),
    FIELDWORK_API_URL: httpUrl.default('http://127.0.0.1:3002'),
    RATINGS_API_URL: httpUrl.default('http://127.0.0.1:3005'),
    PUBLICATION_API_URL: httpUrl.default('http://127.0.0.1:3006'),
  },
};

export const portalConfig = envSchema(httpEnv, databaseEnv, telemetryEnv, portalEnv);
export type PortalConfig = z.output<typeof portalConfig>;
