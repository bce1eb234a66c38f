// A portal that cannot reach the identity provider at the issuer's address — the address people's browsers
// use — as in docker compose, where the browser reaches the provider on the host's published port and the
// portal's container reaches it by its service name. AUTH_INTERNAL_URL says where the portal's own calls go;
// the issuer, and every address the browser is sent to, stay the public one. Here the provider listens on
// 127.0.0.1 and names itself 127.0.0.2, which nothing reaches but the test's browser (routed to 127.0.0.1).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDevIdp, type DevIdp } from '@yji/dev-idp';
import type { Portal } from '../src/index.ts';
import { CookieJar, signInAs, visit } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

describe('signing in through a provider the portal reaches at another address', () => {
  let idp: DevIdp;
  const portals: Portal[] = [];
  /** The provider's address as the portal's server reaches it. */
  let internalUrl: string;
  beforeAll(async () => {
    idp = await startDevIdp({
      port: 0,
      host: '127.0.0.1',
      publicHost: '127.0.0.2',
      dataDir: inject('devIdp').dataDir,
    });
    internalUrl = idp.issuer.replace('127.0.0.2', '127.0.0.1');
  });
  afterAll(async () => {
    for (const portal of portals) await portal.stop();
    await idp?.stop();
  });
  const portalWith = async (env: Record<string, string>) => {
    const portal = await startPortalUnderTest(undefined, { env: { AUTH_ISSUER: idp.issuer, ...env } });
    portals.push(portal);
    return portal;
  };
  /** The test's browser, on the host: it reaches the provider's public address. */
  const browser = () => new CookieJar({ [new URL(idp.issuer).origin]: new URL(internalUrl).origin });

  it('cannot start a sign-in when only the issuer’s address is known and the portal cannot reach it', async () => {
    const portal = await portalWith({});
    const refused = await visit(browser(), `${portal.url}/sign-in`);
    expect(refused.status).toBe(500);
  });

  it('signs a person in with AUTH_INTERNAL_URL: the browser is sent to the issuer, the portal calls the address it reaches', async () => {
    const portal = await portalWith({ AUTH_INTERNAL_URL: internalUrl });
    const jar = browser();
    const start = await visit(jar, `${portal.url}/sign-in`);
    expect(start.status).toBe(302);
    expect(new URL(start.location!).origin).toBe(new URL(idp.issuer).origin);
    const home = await signInAs(jar, portal.url, 'lead-1');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Signed in as <strong>Grace Okafor</strong>');
  });
});
