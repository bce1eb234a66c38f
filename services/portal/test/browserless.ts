// A browser without a browser, for the sign-in flow over plain HTTP: follows redirects by hand across the
// portal and the identity provider, keeping each one's cookies, so a test sees every hop.
import { expect } from 'vitest';
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  /**
   * `routes` maps an origin to the one this browser reaches it at (a published port, seen from the host),
   * which is told the address asked for as a proxy would tell it (X-Forwarded-Host); cookies stay with the
   * origin the page is addressed by.
   */
  private readonly routes: Readonly<Record<string, string>>;
  constructor(routes: Readonly<Record<string, string>> = {}) {
    this.routes = routes;
  }

  /** Where a request for `url` goes, and the headers that say where it was meant for. */
  route(url: string): { url: string; headers: Record<string, string> } {
    const { origin, host } = new URL(url);
    const to = this.routes[origin];
    return to
      ? { url: to + url.slice(origin.length), headers: { 'x-forwarded-host': host } }
      : { url, headers: {} };
  }

  header(url: string): string {
    return [...(this.byOrigin.get(new URL(url).origin) ?? new Map()).entries()]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  keep(url: string, response: Response) {
    const origin = new URL(url).origin;
    const cookies = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1).trim()];
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byOrigin.set(origin, cookies);
  }

  /** The cookie `name` the portal (or provider) at `url` set, if any. */
  get(url: string, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string) {
    const origin = new URL(url).origin;
    this.byOrigin.set(origin, new Map([...(this.byOrigin.get(origin) ?? []), [name, value]]));
  }
}

export interface Hop {
  url: string;
  status: number;
  location: string | null;
  body: string;
}

/** One request with the jar's cookies; no redirect followed. */
export async function visit(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Hop> {
  const routed = jar.route(url);
  const response = await fetch(routed.url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), ...routed.headers, cookie: jar.header(url) },
  });
  jar.keep(url, response);
  const location = response.headers.get('location');
  return {
    url,
    status: response.status,
    location: location && new URL(location, url).href,
    body: await response.text(),
  };
}

/** Follows redirects from `url` until a page answers, or until `stop` says a hop is where to pause. */
export async function follow(
  jar: CookieJar,
  url: string,
  stop: (hop: Hop) => boolean = () => false,
): Promise<Hop> {
  let hop = await visit(jar, url);
  for (let hops = 0; hop.location && !stop(hop) && hops < 20; hops += 1) hop = await visit(jar, hop.location);
  return hop;
}

/** Posts a form (application/x-www-form-urlencoded) and follows where it leads. */
export async function submit(jar: CookieJar, url: string, fields: Record<string, string>): Promise<Hop> {
  const hop = await visit(jar, url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return hop.location ? follow(jar, hop.location) : hop;
}

/** The value of the hidden CSRF field on a page. */
/**
 * The words of a page or of a part of one, as a reader sees them: tags taken out (each a space, so the words of
 * two elements never run together), the entities pages use read, white space collapsed.
 */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export const csrfTokenOn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** Goes to the portal's /sign-in and on to the provider's page listing its users. */
export async function toProvider(jar: CookieJar, portalUrl: string) {
  const page = await follow(jar, `${portalUrl}/sign-in`);
  const form = /action="(\/interaction\/[^"]+\/login)"/.exec(page.body);
  expect(form, page.body).not.toBeNull();
  return { page, loginUrl: new URL(form![1]!, page.url).href };
}

/** Chooses `user` on the provider's page; stops at the portal's callback without visiting it. */
export async function chooseUser(jar: CookieJar, portalUrl: string, loginUrl: string, user: string) {
  const chosen = await visit(jar, loginUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user }).toString(),
  });
  return follow(
    jar,
    chosen.location!,
    (hop) => hop.location?.startsWith(`${portalUrl}/auth/callback`) ?? false,
  );
}

/** Signs `user` in through the provider's page and answers the home page they land on. */
export async function signInAs(jar: CookieJar, portalUrl: string, user: string): Promise<Hop> {
  const { loginUrl } = await toProvider(jar, portalUrl);
  return follow(jar, (await chooseUser(jar, portalUrl, loginUrl, user)).location!);
}
