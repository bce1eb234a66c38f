// Configuration comes from the environment, parsed with zod at start-up: a service with a bad variable
// refuses to start and names it.
import { z } from 'zod';
import type { AuthOptions } from './auth/verify-token.ts';

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

export const commonEnv = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
    NATS_URL: z.string().default('nats://127.0.0.1:4222'),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_TASK_QUEUE: z.string().default('yji'),
    /** Keys that encrypt workflow payloads (`id:base64`, comma-separated, first encrypts); see README. */
    YJI_PAYLOAD_KEYS: z.string().min(1, 'is required: workflow payloads are encrypted'),
    /** The identity provider that signs callers' tokens (createApp's `auth` option). */
    AUTH_JWKS_URL: jwksUrl,
    AUTH_ISSUER: z.string().min(1, 'is required'),
    AUTH_AUDIENCE: z.string().min(1, 'is required'),
    AUTH_JWKS_HTTP_HOSTS: z.string().default(''),
  })
  .superRefine(plainHttpOnlyWhereTrusted);

/** createApp's `auth` option from a parsed configuration. */
export function authOptions(
  config: Pick<z.output<typeof commonEnv>, 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
): AuthOptions {
  return { jwksUrl: config.AUTH_JWKS_URL, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
}

export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
