// Each sign-in started stores a session row before anyone is signed in: a client may start only
// SIGN_IN_RATE_LIMIT_MAX of them (and of the provider's returns, counted together) in a window. Past it the
// portal answers 429 with Retry-After and a GOV.UK page saying when to try again, storing nothing; other
// clients, and the portal's other pages, are not held back. A client is its address, as the proxies
// HTTP_TRUST_PROXY names report it (X-Forwarded-For).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalConfig, SESSION_COOKIE, type Portal } from '../src/index.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

const LIMIT = 3;

describe('the limit on signing in', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortalUnderTest(undefined, {
      env: { SIGN_IN_RATE_LIMIT_MAX: String(LIMIT), HTTP_TRUST_PROXY: 'loopback' },
    });
  });
  afterAll(() => portal?.stop());

  /** A request from the client at `address`, as the proxy in front (here, loopback) reports it. */
  const from = (address: string, path: string) =>
    fetch(`${portal.url}${path}`, { redirect: 'manual', headers: { 'x-forwarded-for': address } });

  it('answers a client past it 429 with Retry-After and a page saying when to try again, storing no session', async () => {
    for (let started = 0; started < LIMIT - 1; started += 1) {
      const signIn = await from('203.0.113.7', '/sign-in');
      expect(signIn.status).toBe(302);
      expect(signIn.headers.getSetCookie().join()).toContain(`${SESSION_COOKIE}=`);
    }
    // The provider's return is counted with the starts.
    expect((await from('203.0.113.7', '/auth/callback?code=x&state=y')).status).toBe(401);

    const refused = await from('203.0.113.7', '/sign-in');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.getSetCookie()).toEqual([]);
    const page = await refused.text();
    expect(page).toContain('govuk-template');
    expect(page).toMatch(
      /<title>\s*Sorry, there have been too many attempts to sign in – Youth justice inspections/,
    );
    expect(page).toContain(
      '<h1 class="govuk-heading-l">Sorry, there have been too many attempts to sign in</h1>',
    );
    // 60 seconds (a window just begun, as on a slow machine) read as a minute.
    expect(page).toMatch(/Wait (\d+ seconds?|1 minute), then try again\./);
    expect((await from('203.0.113.7', '/auth/callback?code=x&state=y')).status).toBe(429);

    // Another client is not held back, nor is this one on pages that store nothing for it.
    expect((await from('203.0.113.8', '/sign-in')).status).toBe(302);
    expect((await from('203.0.113.7', '/')).status).toBe(200);
    expect((await from('203.0.113.7', '/accessibility-statement')).status).toBe(200);
    expect((await from('203.0.113.7', '/health')).status).toBe(200);
  });

  it('is configured by the portal’s environment, a count of at least one in a window of a second or more', () => {
    const parsed = (env: Record<string, string>) =>
      portalConfig.safeParse({
        DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/x',
        SESSION_SECRET: 'x'.repeat(32),
        AUTH_ISSUER: 'http://127.0.0.1:3900',
        AUTH_CLIENT_ID: 'yji-portal',
        AUTH_CLIENT_SECRET: 'secret',
        ...env,
      });
    expect(parsed({}).data).toMatchObject({
      SIGN_IN_RATE_LIMIT_MAX: 60,
      SIGN_IN_RATE_LIMIT_WINDOW_MS: 60_000,
    });
    expect(parsed({ SIGN_IN_RATE_LIMIT_MAX: '0' }).success).toBe(false);
    expect(parsed({ SIGN_IN_RATE_LIMIT_WINDOW_MS: '10' }).success).toBe(false);
  });
});
