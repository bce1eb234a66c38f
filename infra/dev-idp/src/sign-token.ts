// Signs one access token the way an OIDC provider would: `sub` is the user id, `roles` the roles granted.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { assertSeedGrants } from './seed-users.ts';
import { SIGNING_ALGORITHM, type SigningKey } from './signing-key.ts';

const DEFAULT_TTL_SECONDS = 60 * 60;

export interface SignOptions {
  /** Lifetime from now; a negative number gives a token that has already expired (for tests). Default 1 hour. */
  ttlSeconds?: number;
  /** Overrides the provider's audience, e.g. to show a service refuses a token meant for another. */
  audience?: string;
  /** Overrides the provider's issuer, e.g. to show a service refuses a token from another provider. */
  issuer?: string;
  /** Signs for any user id and any roles, not only what the seed grants. Tests only. */
  allowUnseeded?: boolean;
}

export interface TokenClaims {
  issuer: string;
  audience: string;
  userId: string;
  roles: readonly string[];
}

export async function signToken(
  key: SigningKey,
  claims: TokenClaims,
  options: SignOptions = {},
): Promise<string> {
  if (!options.allowUnseeded) assertSeedGrants(claims.userId, claims.roles);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...claims.roles] })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(options.issuer ?? claims.issuer)
    .setAudience(options.audience ?? claims.audience)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + (options.ttlSeconds ?? DEFAULT_TTL_SECONDS))
    .setJti(randomUUID())
    .sign(key.privateKey);
}
