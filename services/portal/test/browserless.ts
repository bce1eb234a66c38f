// A browser without a browser, for the sign-in flow over plain HTTP: follows redirects by hand across the
// portal and the identity provider, keeping each one's cookies, so a test sees every hop.
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

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
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
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
export const csrfTokenOn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
