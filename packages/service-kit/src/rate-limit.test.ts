// The API's per-client limit: by the token's user when it is valid, else by address; health never limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevIdp } from '@yji/dev-idp';
import type { App } from './create-app.ts';
import { startTestApp } from './test-app.ts';

let idp: DevIdp;
let app: App;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ idp, app, stop } = await startTestApp(
    { logger: false, http: { RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000 } },
    (built) => built.get('/api/things', async () => ({ ok: true })),
  ));
});
afterAll(() => stop?.());

const get = (url: string, authorization?: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'GET', url, remoteAddress, headers: authorization ? { authorization } : {} });

describe('the rate limit', () => {
  it('counts each user apart, answers 429 with Retry-After past the limit, in the error shape', async () => {
    const lead = `Bearer ${await idp.sign('lead-1', ['lead-inspector'])}`;
    const inspector = `Bearer ${await idp.sign('inspector-1', ['inspector'])}`;
    for (let i = 0; i < 3; i++) expect((await get('/api/things', lead)).statusCode).toBe(200);
    const refused = await get('/api/things', lead);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toEqual({
      error: { code: 'too-many-requests', message: 'too many requests; try again later' },
    });
    // Another user from the same address is not held back by the first one's count.
    expect((await get('/api/things', inspector)).statusCode).toBe(200);
  });

  it('counts callers without a valid token by address, before telling them 401', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await get('/api/things', 'Bearer not-a-jwt', '10.9.8.7')).statusCode).toBe(401);
    }
    expect((await get('/api/things', undefined, '10.9.8.7')).statusCode).toBe(429);
    expect((await get('/api/things', 'Bearer not-a-jwt', '10.9.8.6')).statusCode).toBe(401);
  });

  it('never limits the health checks', async () => {
    for (let i = 0; i < 5; i++) expect((await get('/health', undefined, '10.1.1.1')).statusCode).toBe(200);
  });
});
