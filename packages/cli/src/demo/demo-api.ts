// The demo's people calling the public HTTP APIs, each with a token from the development identity provider.
// A refusal stops the demo with what the service said (codes and messages, never case data). Every call
// that changes something carries an Idempotency-Key of its own, and a busy service's 503 with Retry-After
// is waited out and the call sent again with the same key, so a start the service may have taken once is
// the same inspection (issue 13).
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
export interface DemoAddresses {
  inspection: string;
  fieldwork: string;
  ratings: string;
  publication: string;
}

/** Which service answers `path`. */
const serviceOf = (addresses: DemoAddresses, path: string) =>
  path.startsWith('/api/inspections')
    ? addresses.inspection
    : path.startsWith('/api/ratings')
      ? addresses.ratings
      : path.startsWith('/api/publication')
        ? addresses.publication
        : addresses.fieldwork;

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type Person = (method: string, path: string, body?: unknown, expect?: number) => Promise<Json>;

/** How many times a call answered 503 with Retry-After is sent again before the demo stops. */
const BUSY_RETRIES = 5;

/** Signs a token for a person (the development identity provider's, or a test's). */
export type TokenFor = (userId: string, roles: string[]) => Promise<string>;

export function personOn(
  addresses: DemoAddresses,
  tokenFor: TokenFor,
  userId: string,
  roles: string[],
): Person {
  let token: Promise<string> | undefined;
  return async (method, path, body, expect = 200) => {
    token ??= tokenFor(userId, roles);
    const base = serviceOf(addresses, path);
    const csv = typeof body === 'string';
    const key = method === 'GET' ? undefined : randomUUID();
    const send = async () =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await token}`,
          ...(body === undefined ? {} : { 'content-type': csv ? 'text/csv' : 'application/json' }),
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: body === undefined ? undefined : csv ? body : JSON.stringify(body),
      });
    let response = await send();
    for (let retries = 0; retries < BUSY_RETRIES; retries += 1) {
      const retryAfter = response.headers.get('retry-after');
      if (response.status !== 503 || !retryAfter || !/^\d+$/.test(retryAfter)) break;
      await response.body?.cancel();
      await delay(Number(retryAfter) * 1000);
      response = await send();
    }
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : {}) as Json;
    const refused = (status: number, answer: Json) =>
      new Error(
        `${userId}: ${method} ${path.split('?')[0]} answered ${status} ${answer.error?.code ?? ''}: ${answer.error?.message ?? ''}`,
      );
    // A decision the workflow is still carrying out (a busy moment; the service waits DECISION_WAIT_MS): its
    // outcome is asked after where the answer points until it is known, as a person would refresh that page.
    if (response.status === 202 && expect !== 202 && parsed.error?.code === 'decision-in-progress') {
      const location = (parsed.error.details as { location: string }).location;
      return waitFor(`the outcome of ${method} ${path.split('?')[0]}`, async () => {
        const outcome = await fetch(`${base}${location}`, {
          headers: { authorization: `Bearer ${await token}` },
        });
        if (outcome.status === 202) return void (await outcome.body?.cancel());
        const answer = await outcome.text();
        const body = (answer ? JSON.parse(answer) : {}) as Json;
        if (outcome.status !== 200) throw refused(outcome.status, body);
        return body;
      });
    }
    // A start the service accepted but has not stored yet (202, its id in the body) is started all the same.
    const accepted = expect === 201 && response.status === 202 && !parsed.error;
    if (response.status !== expect && !accepted) throw refused(response.status, parsed);
    return parsed;
  };
}

/** What `probe` finds, once it finds something, polling every half second for up to two minutes. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
