// Tokens for the services under test, signed with the key of the identity provider the global setup runs.
import { inject } from 'vitest';
import type { Role } from '@yji/contracts';
import { signDevToken, type SignOptions } from '@yji/dev-idp';
import './provided.ts';

/** A bearer token for a seeded user with roles the seed grants; `options` reach the test-only escapes. */
export function tokenFor(userId: string, roles: readonly Role[], options: SignOptions = {}): Promise<string> {
  const { issuer, audience, dataDir } = inject('devIdp');
  return signDevToken({ issuer, audience, ...options, userId, roles, dataDir });
}
