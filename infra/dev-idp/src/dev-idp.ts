// The development identity provider over HTTP: OIDC discovery and the JWKS, which is all a service needs
// to verify tokens. It is not a full OpenID Provider (no login, no token endpoint): tokens come from
// `sign` in-process or from `yji dev-token`.
import Fastify from 'fastify';
import { DEV_AUDIENCE, DEV_IDP_HOST, DEV_IDP_PORT, defaultDataDir, devIssuer } from './defaults.ts';
import { refuseInProduction } from './refuse-production.ts';
import { signToken, type SignOptions } from './sign-token.ts';
import { SIGNING_ALGORITHM, loadOrCreateSigningKey } from './signing-key.ts';

export interface DevIdpOptions {
  /** Default 3900, where `yji dev-token` expects it; 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Where the signing key is kept; default YJI_DATA_DIR or <repo>/.data. */
  dataDir?: string;
}

export interface DevIdp {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** A token for a seeded user with roles the seed grants (see SignOptions for the test-only escapes). */
  sign(userId: string, roles: readonly string[], options?: SignOptions): Promise<string>;
  stop(): Promise<void>;
}

export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  refuseInProduction();
  const key = await loadOrCreateSigningKey(options.dataDir ?? defaultDataDir());
  const host = options.host ?? DEV_IDP_HOST;
  const app = Fastify({ logger: false });
  let issuer = '';

  app.get('/.well-known/openid-configuration', async () => ({
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
    subject_types_supported: ['public'],
    response_types_supported: ['id_token'],
    claims_supported: ['sub', 'roles', 'iss', 'aud', 'exp', 'nbf', 'iat', 'jti'],
  }));
  app.get('/.well-known/jwks.json', async (_request, reply) => {
    // Short caching: a verifier refetches anyway when it meets an unknown key id.
    reply.header('cache-control', 'public, max-age=60');
    return { keys: [key.publicJwk] };
  });

  await app.listen({ host, port: options.port ?? DEV_IDP_PORT });
  issuer = devIssuer(host, (app.server.address() as { port: number }).port);
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    audience: DEV_AUDIENCE,
    sign: (userId, roles, signOptions) =>
      signToken(key, { issuer, audience: DEV_AUDIENCE, userId, roles }, signOptions),
    stop: () => app.close(),
  };
}
