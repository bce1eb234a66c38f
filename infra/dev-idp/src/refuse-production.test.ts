import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDevIdp } from './dev-idp.ts';
import { signDevToken } from './sign-dev-token.ts';

describe('in production', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses to start or sign, saying what to use instead', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const refusal = /refuses to run with NODE_ENV=production: point AUTH_JWKS_URL/;
    await expect(startDevIdp({ port: 0 })).rejects.toThrow(refusal);
    await expect(signDevToken({ userId: 'lead-1', roles: ['lead-inspector'] })).rejects.toThrow(refusal);
  });
});
