// The portal behind a proxy that ends TLS (its public address https, its own plain HTTP): the scheme is the one
// the proxies named in HTTP_TRUST_PROXY forward, so the Secure session cookie a sign-in starts is kept; sent
// by anyone else (here: the test, on loopback, where only 10.0.0.0/8 is trusted), the header changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, type Portal } from '../src/index.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

describe('the portal behind a proxy that ends TLS', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortalUnderTest(undefined, {
      env: { PORTAL_URL: 'https://portal.example', HTTP_TRUST_PROXY: 'loopback' },
    });
  });
  afterAll(() => portal?.stop());

  const signIn = (headers: Record<string, string>) =>
    fetch(`${portal.url}/sign-in`, { redirect: 'manual', headers });
  const sessionCookie = (response: Response) =>
    response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));

  it('keeps the sign-in’s Secure session when the proxy says the request came over HTTPS', async () => {
    const started = await signIn({ 'x-forwarded-proto': 'https' });
    expect(started.status).toBe(302);
    expect(sessionCookie(started)).toMatch(/; Secure/);
  });

  it('sets no Secure cookie on a request that came over plain HTTP', async () => {
    expect(sessionCookie(await signIn({}))).toBeUndefined();
  });

  it('believes no one else’s X-Forwarded-Proto', async () => {
    const elsewhere = await startPortalUnderTest(undefined, {
      env: { PORTAL_URL: 'https://portal.example', HTTP_TRUST_PROXY: '10.0.0.0/8' },
    });
    try {
      const response = await fetch(`${elsewhere.url}/sign-in`, {
        redirect: 'manual',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.status).toBe(302);
      expect(sessionCookie(response)).toBeUndefined();
    } finally {
      await elsewhere.stop();
    }
  });
});
