// The identity provider whose tokens a service accepts (createApp's `auth` option, through authOptions).
import { z } from 'zod';
import type { AuthOptions } from '../auth/verify-token.ts';
import type { EnvOf } from './env-part.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const jwksUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * Keys fetched over plain http could be swapped on the way, so only a provider on this machine may use it,
 * or one on a private network someone named on purpose in AUTH_JWKS_HTTP_HOSTS (docker compose's dev-idp).
 */
function plainHttpOnlyWhereTrusted(
  env: { AUTH_JWKS_URL: string; AUTH_JWKS_HTTP_HOSTS: string },
  ctx: z.RefinementCtx,
) {
  const url = new URL(env.AUTH_JWKS_URL);
  const trusted = new Set([
    ...LOOPBACK_HOSTS,
    ...env.AUTH_JWKS_HTTP_HOSTS.split(',')
      .map((host) => host.trim())
      .filter(Boolean),
  ]);
  if (url.protocol === 'http:' && !trusted.has(url.hostname)) {
    ctx.addIssue({
      code: 'custom',
      path: ['AUTH_JWKS_URL'],
      message: 'must be https:// (http:// only for localhost or 127.0.0.1)',
    });
  }
}

export const authEnv = {
  fields: {
    AUTH_JWKS_URL: jwksUrl,
    AUTH_ISSUER: z.string().min(1, 'is required'),
    AUTH_AUDIENCE: z.string().min(1, 'is required'),
    AUTH_JWKS_HTTP_HOSTS: z.string().default(''),
  },
  check: plainHttpOnlyWhereTrusted,
};

/** createApp's `auth` option from a parsed configuration. */
export function authOptions(
  config: Pick<EnvOf<typeof authEnv>, 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
): AuthOptions {
  return { jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
}
