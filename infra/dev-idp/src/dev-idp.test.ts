import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { startDevIdp, type DevIdp } from './dev-idp.ts';
import { signingKeyPath } from './signing-key.ts';

describe('the development identity provider', () => {
  let dataDir: string;
  const started: DevIdp[] = [];
  const start = async () => {
    const idp = await startDevIdp({ port: 0, dataDir });
    started.push(idp);
    return idp;
  };
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'yji-dev-idp-'));
  });
  afterEach(async () => {
    for (const idp of started.splice(0)) await idp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves discovery and a JWKS that verifies the tokens it signs', async () => {
    const idp = await start();
    const discovery = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({ issuer: idp.issuer, jwks_uri: idp.jwksUrl });

    const token = await idp.sign('inspector-1', ['inspector']);
    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(idp.jwksUrl)), {
      issuer: idp.issuer,
      audience: idp.audience,
      algorithms: ['ES256'],
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload).toMatchObject({ sub: 'inspector-1', roles: ['inspector'] });
    expect(payload.exp! - payload.iat!).toBe(3600);

    const { keys } = (await (await fetch(idp.jwksUrl)).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('makes its key once, owner-only, and signs with the same key after a restart', async () => {
    const first = await start();
    const kid = decodeProtectedHeader(await first.sign('lead-1', ['lead-inspector'])).kid;
    await first.stop();
    const second = await start();
    expect(decodeProtectedHeader(await second.sign('lead-1', ['lead-inspector'])).kid).toBe(kid);
    expect(statSync(signingKeyPath(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('shares one key when two start at once on an empty data folder', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const kids = await Promise.all(
      [a!, b!].map(async (idp) => decodeProtectedHeader(await idp.sign('qa-1', ['qa-reviewer'])).kid),
    );
    expect(kids[0]).toBe(kids[1]);
  });

  it('signs only roles the seed grants, unless a test asks otherwise', async () => {
    const idp = await start();
    await expect(idp.sign('nobody', ['inspector'])).rejects.toThrow(
      'unknown user "nobody"; seeded users: lead-1',
    );
    await expect(idp.sign('inspector-1', ['inspector', 'lead-inspector'])).rejects.toThrow(
      'user "inspector-1" does not have the role "lead-inspector" (granted: inspector)',
    );
    const token = await idp.sign('nobody', ['lead-inspector'], { allowUnseeded: true });
    expect(token.split('.')).toHaveLength(3);
  });
});
