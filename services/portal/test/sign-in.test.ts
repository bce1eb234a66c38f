// Signing in to the portal through the development identity provider's real OpenID Connect flow
// (authorization code with PKCE), the session and the people directory's entry it leaves, signing out, and
// the refusals: a callback with a wrong state or PKCE verifier, a form without its CSRF token.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from 'fastify';
import { SESSION_COOKIE, type Portal } from '../src/index.ts';
import { databaseSessionStore } from '../src/web/session-store.ts';
import {
  chooseUser as chooseUserOf,
  CookieJar,
  csrfTokenOn,
  follow,
  submit,
  toProvider as toProviderOf,
  visit,
} from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

describe('signing in to the portal', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortalUnderTest();
  });
  afterAll(() => portal?.stop());

  const toProvider = (jar: CookieJar) => toProviderOf(jar, portal.url);
  const chooseUser = (jar: CookieJar, loginUrl: string, user: string) =>
    chooseUserOf(jar, portal.url, loginUrl, user);

  it('lists the seeded users, signs one in and shows who is signed in; the session is kept server-side', async () => {
    const jar = new CookieJar();
    const { page, loginUrl } = await toProvider(jar);
    expect(page.body).toContain('Sign in as lead-1');
    expect(page.body).toContain('Sign in as chair-1');
    // No service runs in this file: a panel chair's home page says their panels are not available just now.
    const atCallback = await chooseUser(jar, loginUrl, 'chair-1');
    const before = jar.get(portal.url, SESSION_COOKIE);
    const home = await follow(jar, atCallback.location!);
    expect(home.status).toBe(200);
    // By the name the provider gave, which the people directory keeps with their address.
    expect(home.body).toContain('Signed in as <strong>Hugh Bennett</strong> (Panel chair)');
    expect(await portal.db.person.findUnique({ where: { userId: 'chair-1' } })).toMatchObject({
      name: 'Hugh Bennett',
      email: 'hugh.bennett@inspectorate.example',
    });
    // A fresh session id after sign-in.
    expect(jar.get(portal.url, SESSION_COOKIE)).not.toBe(before);
    const rows = await portal.db.session.findMany();
    expect(rows.some((row) => JSON.stringify(row.data).includes('"userId":"chair-1"'))).toBe(true);
    // Keyed by a hash: no row is named by the cookie's id.
    const cookieId = decodeURIComponent(jar.get(portal.url, SESSION_COOKIE)!).split('.')[0]!;
    expect(rows.some((row) => row.id === cookieId)).toBe(false);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, with an expiry', async () => {
    const jar = new CookieJar();
    await toProvider(jar);
    const response = await fetch(`${portal.url}/sign-in`, { redirect: 'manual' });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Expires=/i);
  });

  it('refuses a callback whose state is not the one this session started with, and signs no one in', async () => {
    const jar = new CookieJar();
    const { loginUrl } = await toProvider(jar);
    const atCallback = await chooseUser(jar, loginUrl, 'lead-1');
    const forged = new URL(atCallback.location!);
    forged.searchParams.set('state', 'not-the-state');
    const refused = await visit(jar, forged.href);
    expect(refused.status).toBe(401);
    const home = await follow(jar, `${portal.url}/`);
    expect(home.body).not.toContain('Signed in as');
  });

  it('refuses a callback when the PKCE verifier kept in the session is not the one the code was issued for', async () => {
    const victim = new CookieJar();
    const attacker = new CookieJar();
    // The attacker starts a sign-in of their own, then sends the victim's code and state to it.
    await toProvider(attacker);
    const { loginUrl } = await toProvider(victim);
    const atCallback = await chooseUser(victim, loginUrl, 'lead-1');
    const refused = await visit(attacker, atCallback.location!);
    expect(refused.status).toBe(401);
    expect((await follow(attacker, `${portal.url}/`)).body).not.toContain('Signed in as');
  });

  it('refuses a form without its CSRF token (403) and keeps the person signed in; with it, signs out', async () => {
    const jar = new CookieJar();
    const { loginUrl } = await toProvider(jar);
    const home = await follow(jar, (await chooseUser(jar, loginUrl, 'yjs-1')).location!);
    const refused = await submit(jar, `${portal.url}/sign-out`, {});
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('This form has expired');
    const wrong = await submit(jar, `${portal.url}/sign-out`, { _csrf: 'forged' });
    expect(wrong.status).toBe(403);
    expect((await follow(jar, `${portal.url}/`)).body).toContain('Signed in as <strong>Kiran Patel</strong>');
    // Every page's Sign out carries a token, the page a refusal ends on too: signed out from there.
    const notFound = await follow(jar, `${portal.url}/no-such-page`);
    expect([notFound.status, csrfTokenOn(notFound.body)]).toEqual([404, expect.any(String)]);
    expect(csrfTokenOn(home.body)).toBeDefined();

    const signOut = await visit(jar, `${portal.url}/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenOn(notFound.body)! }).toString(),
    });
    expect(signOut.status).toBe(303);
    expect(signOut.location).toContain('/session/end');
    expect((await follow(jar, `${portal.url}/`)).body).not.toContain('Signed in as');
  });

  it('keeps a signed-out session ended, though a request still in flight saves it afterwards', async () => {
    const jar = new CookieJar();
    const { loginUrl } = await toProvider(jar);
    const home = await follow(jar, (await chooseUser(jar, loginUrl, 'yjs-1')).location!);
    const cookie = jar.get(portal.url, SESSION_COOKIE)!;
    const sessionId = decodeURIComponent(cookie).split('.')[0]!;
    const store = databaseSessionStore(portal.db, 60_000);
    // A request that read the session before the sign-out (the progress page's refresh) ends after it.
    const read = await new Promise<Session>((resolve, reject) =>
      store.get(sessionId, (error, session) => (error ? reject(error) : resolve(session!))),
    );
    const signOut = await visit(jar, `${portal.url}/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenOn(home.body)! }).toString(),
    });
    expect(signOut.status).toBe(303);
    expect(jar.get(portal.url, SESSION_COOKIE)).toBeUndefined();
    await new Promise<void>((resolve, reject) =>
      store.set(sessionId, read, (error) => (error ? reject(error) : resolve())),
    );

    // The cookie, kept by someone who copied it before: signed in no more.
    const replayed = new CookieJar();
    replayed.set(portal.url, SESSION_COOKIE, cookie);
    expect((await follow(replayed, `${portal.url}/`)).body).not.toContain('Signed in as');
  });

  it('ends a session when its token expires without a refresh token, or when its row has expired: the person signs in again', async () => {
    const jar = new CookieJar();
    const { loginUrl } = await toProvider(jar);
    await follow(jar, (await chooseUser(jar, loginUrl, 'chair-1')).location!);
    // The row of the session this browser holds: keyed by the SHA-256 of the id its cookie carries.
    const mine = async () => {
      const sessionId = decodeURIComponent(jar.get(portal.url, SESSION_COOKIE)!).split('.')[0]!;
      const id = createHash('sha256').update(sessionId).digest('base64url');
      return portal.db.session.findUniqueOrThrow({ where: { id } });
    };

    // The provider's token has expired, and it gave none to renew it with (session-renewal.test.ts renews
    // one): pages that need a person send them to sign in, keeping the path.
    const row = await mine();
    const { user, ...data } = row.data as { user: { expiresAt: number; refreshToken?: string } };
    const { refreshToken: _none, ...withoutRefresh } = user;
    await portal.db.session.update({
      where: { id: row.id },
      data: { data: { ...data, user: { ...withoutRefresh, expiresAt: Date.now() - 1000 } } },
    });
    const refused = await visit(jar, `${portal.url}/inspections`);
    expect(refused.status).toBe(302);
    expect(refused.location).toBe(`${portal.url}/sign-in?returnTo=%2Finspections`);

    // Still signed in at the provider, the person comes straight back, signed in with a fresh token.
    expect((await follow(jar, `${portal.url}/sign-in`)).body).toContain(
      'Signed in as <strong>Hugh Bennett</strong>',
    );
    // The row itself has expired: the cookie no longer names a session.
    await portal.db.session.update({
      where: { id: (await mine()).id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await follow(jar, `${portal.url}/`)).body).not.toContain('Signed in as');
  });

  it('refuses a file sent to a form that takes none before reading it, signed in or not', async () => {
    const body = new FormData();
    body.append('_csrf', 'anything');
    body.append('upload', new Blob([Buffer.alloc(1024 * 1024, 'x')]), 'big.csv');
    const sent = await fetch(`${portal.url}/sign-out`, { method: 'POST', body, redirect: 'manual' });
    // Refused for its size (413), not read whole and then refused for its CSRF token (403).
    expect(sent.status).toBe(413);
  });

  it('answers its health probe and serves GOV.UK Frontend', async () => {
    expect((await fetch(`${portal.url}/health`)).status).toBe(200);
    const css = await fetch(`${portal.url}/static/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect((await fetch(`${portal.url}/assets/images/favicon.ico`)).status).toBe(200);
  });

  it('lets no browser keep a page (Back after sign-out shows nothing), while its static files are cached', async () => {
    const page = await fetch(`${portal.url}/no-such-page`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const css = await fetch(`${portal.url}/static/govuk-frontend.min.css`);
    expect(css.headers.get('cache-control')).toMatch(/max-age=3600/);
  });
});
