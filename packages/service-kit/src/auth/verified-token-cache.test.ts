// The verified-token cache: a token verified once is not verified again until its exp; refusals, expired
// entries and the least recently used entries beyond the bound are not kept. Driven through a real
// verifier against the development identity provider; `verify` is counted, not replaced.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import { createTokenVerifier, type TokenVerifier } from './verify-token.ts';
import { cachingVerifier } from './verified-token-cache.ts';

let dataDir: string;
let idp: DevIdp;
let clockMs = Date.now();
const now = () => clockMs;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'yji-service-kit-token-cache-'));
  idp = await startDevIdp({ port: 0, dataDir });
});
afterAll(async () => {
  await idp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real verifier, counting how often it is reached behind the cache. */
function countedVerifier(maxEntries = 100) {
  const real = createTokenVerifier(
    { jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: idp.audience },
    { now, cacheEntries: 0 },
  );
  const calls = { count: 0 };
  const counted: TokenVerifier = (token) => {
    calls.count += 1;
    return real(token);
  };
  return { verify: cachingVerifier(counted, { maxEntries, now }), calls };
}

describe('cachingVerifier', () => {
  it('verifies a token once and answers the same principal from the cache until its exp', async () => {
    clockMs = Date.now();
    const { verify, calls } = countedVerifier();
    const token = await idp.sign('inspector-1', ['inspector'], { ttlSeconds: 300 });
    const first = await verify(token);
    const second = await verify(token);
    expect(first).toMatchObject({ ok: true, principal: { userId: 'inspector-1', roles: ['inspector'] } });
    expect(second).toEqual(first);
    expect(calls.count).toBe(1);
  });

  it('stops answering from the cache at exp, so the full check refuses the expired token', async () => {
    clockMs = Date.now();
    const { verify, calls } = countedVerifier();
    const token = await idp.sign('inspector-1', ['inspector'], { ttlSeconds: 60 });
    expect((await verify(token)).ok).toBe(true);
    clockMs += 60_000 + 31_000; // past exp and the verifier's clock tolerance
    expect(await verify(token)).toEqual({ ok: false, reason: 'the token has expired' });
    expect(calls.count).toBe(2);
  });

  it('never caches a refusal: a bad token is checked, and refused, every time', async () => {
    clockMs = Date.now();
    const { verify, calls } = countedVerifier();
    const token = await idp.sign('lead-1', ['lead-inspector'], { audience: 'another-api' });
    expect((await verify(token)).ok).toBe(false);
    expect((await verify(token)).ok).toBe(false);
    expect(calls.count).toBe(2);
  });

  it('keys by the whole token: a token with another signature is verified, not served from the cache', async () => {
    clockMs = Date.now();
    const { verify, calls } = countedVerifier();
    const token = await idp.sign('lead-1', ['lead-inspector']);
    expect((await verify(token)).ok).toBe(true);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${(await idp.sign('inspector-1', ['inspector'])).split('.')[2]}`;
    expect(await verify(forged)).toEqual({ ok: false, reason: 'the token is not valid' });
    expect(calls.count).toBe(2);
  });

  it('holds at most maxEntries tokens, dropping the least recently used', async () => {
    clockMs = Date.now();
    const { verify, calls } = countedVerifier(2);
    const [a, b, c] = await Promise.all(
      ['inspector-1', 'inspector-2', 'inspector-3'].map((user) => idp.sign(user, ['inspector'])),
    );
    await verify(a!);
    await verify(b!);
    await verify(a!); // a is now the most recently used
    await verify(c!); // evicts b
    expect(calls.count).toBe(3);
    await verify(a!);
    await verify(c!);
    expect(calls.count).toBe(3);
    await verify(b!);
    expect(calls.count).toBe(4);
  });
});
