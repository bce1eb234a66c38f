import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from './defaults.ts';
import { signDevToken } from './sign-dev-token.ts';
import { startDevIdp, type DevIdp } from './dev-idp.ts';

describe('signDevToken', () => {
  let dataDir: string;
  let idp: DevIdp;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'yji-dev-token-'));
    idp = await startDevIdp({ port: 0, dataDir });
  });
  afterAll(async () => {
    await idp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs offline with the key the running provider publishes, for the issuer `pnpm start` runs', async () => {
    const token = await signDevToken({ userId: 'chair-1', roles: ['panel-chair'], dataDir });
    const jwks = createLocalJWKSet((await (await fetch(idp.jwksUrl)).json()) as JSONWebKeySet);
    const { payload } = await jwtVerify(token, jwks, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
    expect(payload).toMatchObject({ sub: 'chair-1', roles: ['panel-chair'] });
  });

  it('takes the sign options, and refuses what the seed does not grant', async () => {
    const token = await signDevToken({
      userId: 'yjs-1',
      roles: ['yjs-contact'],
      dataDir,
      issuer: idp.issuer,
    });
    expect(decodeJwt(token).iss).toBe(idp.issuer);
    await expect(signDevToken({ userId: 'yjs-1', roles: ['inspector'], dataDir })).rejects.toThrow(
      'user "yjs-1" does not have the role "inspector"',
    );
  });
});
