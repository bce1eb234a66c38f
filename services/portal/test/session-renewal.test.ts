// A session outlives its access token (WCAG 2.2.1 Timing Adjustable): once the token has expired, or is about
// to, the portal renews it with the refresh token before the request goes on, so a form sent an hour into
// filling it is kept; when the provider refuses the refresh token, the person signs in again. Through the
// development identity provider's real token endpoint; the expiry is brought forward in the session's row. A
// sign-in ends SESSION_TTL_MS after it began all the same.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEV_PORTAL_CLIENT } from '@yji/dev-idp';
import { SESSION_COOKIE, type Portal } from '../src/index.ts';
import type { SignedInUser } from '../src/web/session.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, visit, type Hop } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

const MINUTE_MS = 60_000;
const { issuer } = inject('devIdp');

describe('renewing a session whose access token expires', () => {
  let portal: Portal;
  const logLines: string[] = [];
  beforeAll(async () => {
    portal = await startPortalUnderTest(undefined, {
      logStream: { write: (line) => void logLines.push(line) },
    });
  });
  afterAll(() => portal?.stop());

  /** The row of the session `jar` holds: keyed by the SHA-256 of the id its cookie carries. */
  const rowOf = async (jar: CookieJar) => {
    const sessionId = decodeURIComponent(jar.get(portal.url, SESSION_COOKIE)!).split('.')[0]!;
    const id = createHash('sha256').update(sessionId).digest('base64url');
    return portal.db.session.findUnique({ where: { id } });
  };
  const userOf = async (jar: CookieJar) => {
    const row = await rowOf(jar);
    return (row?.data as { user?: SignedInUser } | undefined)?.user;
  };
  /** Moves the signed-in person's times (the access token's expiry, say) to `times`, as time passing would. */
  const passTime = async (
    jar: CookieJar,
    times: Partial<Pick<SignedInUser, 'expiresAt' | 'signInEndsAt'>>,
  ) => {
    const row = (await rowOf(jar))!;
    const data = row.data as unknown as { user: SignedInUser };
    await portal.db.session.update({
      where: { id: row.id },
      data: { data: { ...data, user: { ...data.user, ...times } } },
    });
  };
  const expireAt = (jar: CookieJar, expiresAt: number) => passTime(jar, { expiresAt });
  /** Confirms signing out on the provider's page at `hop` (its own form, with its token). */
  const confirmSignOut = async (jar: CookieJar, hop: Hop) => {
    const action = /action="([^"]+)"/.exec(hop.body)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(hop.body)![1]!;
    return visit(jar, new URL(action, hop.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
  };
  /** The provider's answer to the portal's refresh token, as the portal's server would ask. */
  const refreshAtProvider = async (refreshToken: string) => {
    const credentials = `${DEV_PORTAL_CLIENT.clientId}:${DEV_PORTAL_CLIENT.clientSecret}`;
    return fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
    });
  };

  it('renews an expired token before a form is handled: the answers sent an hour on are kept, not lost to sign-in', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const before = (await userOf(jar))!;
    // Kept server-side, in the session's row, beside the access token; the session lasts beyond the token.
    expect(before.refreshToken).toEqual(expect.any(String));
    expect((await rowOf(jar))!.expiresAt.getTime()).toBeGreaterThan(before.expiresAt + 60 * MINUTE_MS);
    const form = await follow(jar, `${portal.url}/inspections/new`);
    expect(form.status).toBe(200);

    await expireAt(jar, Date.now() - 1000);
    // Half filled in: the page comes back with what was typed and what is missing (the services are not
    // asked), rather than a trip to sign in.
    const sent = await visit(jar, `${portal.url}/inspections/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenOn(form.body)!, yjsName: 'Northshire YJS' }).toString(),
    });
    expect([sent.status, sent.location]).toEqual([400, null]);
    expect(sent.body).toContain('value="Northshire YJS"');
    expect(sent.body).toContain('There is a problem');

    const after = (await userOf(jar))!;
    expect(after).toMatchObject({ userId: 'lead-1', roles: ['lead-inspector'] });
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 50 * MINUTE_MS);
    expect(after.refreshToken).toEqual(expect.any(String));
    expect(logLines.some((line) => line.includes('"session renewed"'))).toBe(true);
    // No token in any log line.
    const tokens = [before, after].flatMap((user) => [user.accessToken, user.refreshToken!, user.idToken]);
    expect(logLines.filter((line) => tokens.some((token) => line.includes(token)))).toEqual([]);
  });

  it('renews an expired token for the home page too, which shows the person their work, not the sign-in', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'chair-1');
    await expireAt(jar, Date.now() - 1000);
    const home = await visit(jar, `${portal.url}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain('Signed in as');
    expect((await userOf(jar))!.expiresAt).toBeGreaterThan(Date.now());
  });

  it('renews a token a minute from expiry, before a service could refuse it', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const before = (await userOf(jar))!;
    await expireAt(jar, Date.now() + 30_000);
    expect((await visit(jar, `${portal.url}/inspections/new`)).status).toBe(200);
    expect((await userOf(jar))!.accessToken).not.toBe(before.accessToken);
  });

  it('renews once for a request that read the session before a renewal was saved: the old refresh token is not sent again', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    await expireAt(jar, Date.now() - 1000);
    const stale = (await rowOf(jar))!;
    expect((await visit(jar, `${portal.url}/inspections/new`)).status).toBe(200);
    const renewed = (await userOf(jar))!;
    // A slower request of the same person, begun before that renewal, saves the session as it read it.
    await portal.db.session.update({ where: { id: stale.id }, data: { data: stale.data as object } });
    expect((await visit(jar, `${portal.url}/inspections/new`)).status).toBe(200);
    // It took the renewal made (the same access token), rather than renewing with the spent refresh token.
    expect((await userOf(jar))!.accessToken).toBe(renewed.accessToken);
  });

  it('ends a sign-in SESSION_TTL_MS after it began, however often it was renewed: a session in use is not kept open for ever', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    const { signInEndsAt } = (await userOf(jar))!;
    expect(signInEndsAt).toBeGreaterThan(Date.now() + 7 * 60 * MINUTE_MS);
    // Eight hours on, its token still good for a while and its refresh token still honoured.
    await passTime(jar, { signInEndsAt: Date.now() - 1000, expiresAt: Date.now() + 10 * MINUTE_MS });
    const ended = await visit(jar, `${portal.url}/inspections/new`);
    expect(ended.status).toBe(302);
    expect(ended.location).toBe(`${portal.url}/sign-in?returnTo=%2Finspections%2Fnew`);
    expect(await userOf(jar)).toBeUndefined();
  });

  it('renews no session kept from before sign-ins had an end: it ends with its token', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'lead-1');
    await passTime(jar, { signInEndsAt: undefined, expiresAt: Date.now() - 1000 });
    expect((await userOf(jar))!.signInEndsAt).toBeUndefined();
    const ended = await visit(jar, `${portal.url}/inspections/new`);
    expect(ended.location).toBe(`${portal.url}/sign-in?returnTo=%2Finspections%2Fnew`);
  });

  it('sends the person to sign in when the provider refuses the refresh token (their session there is over)', async () => {
    const jar = new CookieJar();
    const home = await signInAs(jar, portal.url, 'lead-1');
    expect(home.body).toContain('Signed in as');
    expect((await userOf(jar))!.refreshToken).toEqual(expect.any(String));
    // Signed out at the provider (another tab, say): the refresh token was bound to that session.
    await confirmSignOut(jar, await visit(jar, `${issuer}/session/end`));
    await expireAt(jar, Date.now() - 1000);

    const refused = await visit(jar, `${portal.url}/inspections/new`);
    expect(refused.status).toBe(302);
    expect(refused.location).toBe(`${portal.url}/sign-in?returnTo=%2Finspections%2Fnew`);
    expect(await userOf(jar)).toBeUndefined();
    expect(logLines.some((line) => line.includes('"session renewal refused"'))).toBe(true);
    // And the provider asks who they are again.
    expect((await follow(jar, refused.location!)).body).toContain('Sign in as lead-1');
  });

  it('ends the session and its refresh token when the person signs out', async () => {
    const jar = new CookieJar();
    const home = await signInAs(jar, portal.url, 'lead-1');
    const { refreshToken } = (await userOf(jar))!;
    expect((await refreshAtProvider(refreshToken!)).status).toBe(200);

    const signOut = await visit(jar, `${portal.url}/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfTokenOn(home.body)! }).toString(),
    });
    const signedOut = await confirmSignOut(jar, await visit(jar, signOut.location!));
    expect(signedOut.location).toBe(`${portal.url}/signed-out`);
    const rows = await portal.db.session.findMany();
    expect(rows.filter((row) => JSON.stringify(row.data).includes(refreshToken!))).toEqual([]);
    const refused = await refreshAtProvider(refreshToken!);
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_grant',
    ]);
  });
});
