// The portal as a backend-for-frontend: it calls the inspection, fieldwork, ratings and publication services' HTTP APIs
// with the signed-in person's own token, so the services decide every permission. A refusal the person can act on
// (a form's 4xx) comes back as a value; one that ends the page (401, 403, 404, 5xx) is thrown as a page error.
import { context, propagation } from '@opentelemetry/api';
import { IDEMPOTENCY_KEY_HEADER, problem, type ProblemCode } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { asSentence } from './as-sentence.ts';

export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
  /** Present with a stale-version refusal: the draft as stored now. */
  current?: unknown;
}

export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; error: ApiError };

export interface ServiceUrls {
  inspection: string;
  fieldwork: string;
  ratings: string;
  publication: string;
}

/** Thrown when the services no longer accept the person's token: the portal signs them in again. */
export class SignInAgain extends Error {}

/**
 * Thrown when a service accepted a decision but its workflow had not carried it out within the time a request
 * waits (202 decision-in-progress, a busy system): the page says so rather than reading an answer there is not.
 */
export class DecisionInProgress extends Error {
  /** The service's path that says what became of it (its Location). */
  readonly location: string;
  constructor(location: string) {
    super('the decision is still being carried out');
    this.location = location;
  }
}

const PAGE_ENDING: Readonly<Record<number, ProblemCode>> = { 403: 'forbidden', 404: 'not-found' };

/** A refusal that ends the page: not found or not allowed as such, anything else as a failure. */
function endPage(method: string, path: string, status: number): never {
  const code = PAGE_ENDING[status];
  if (code === 'not-found') throw new HttpError(problem('not-found', { what: 'page' }));
  if (code === 'forbidden') throw new HttpError(problem('forbidden', { needs: 'another role' }));
  throw new Error(`${method} ${path.split('/').slice(0, 3).join('/')} answered ${status}`);
}

export function serviceApi(urls: ServiceUrls, accessToken: string) {
  /** `idempotencyKey`: the Idempotency-Key a repeat of the same form sends again (a start, say). */
  const send = async <T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<ApiResult<T>> => {
    const service = /^\/api\/(fieldwork|ratings|publication)\//.exec(path)?.[1] as
      'fieldwork' | 'ratings' | 'publication' | undefined;
    const base = urls[service ?? 'inspection'];
    const csv = typeof body === 'string';
    const headers: Record<string, string> = {
      authorization: `Bearer ${accessToken}`,
      ...(body === undefined ? {} : { 'content-type': csv ? 'text/csv' : 'application/json' }),
      ...(idempotencyKey ? { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } : {}),
    };
    // The page's trace goes on into the service (W3C traceparent).
    propagation.inject(context.active(), headers);
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : csv ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (response.status === 401) throw new SignInAgain('the services refused the session token');
    const error = json.error as ApiError | undefined;
    if (error?.code === 'decision-in-progress')
      throw new DecisionInProgress((error.details as { location: string }).location);
    if (response.ok) return { ok: true, status: response.status, body: json as T };
    const refusal = error ?? { code: 'internal', message: 'the service failed' };
    return {
      ok: false,
      status: response.status,
      // Its message as pages show it: a sentence.
      error: { ...refusal, message: asSentence(refusal.message), current: json.current },
    };
  };

  /** A call whose refusal ends the page (endPage). */
  const need = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const result = await send<T>(method, path, body);
    if (result.ok) return result.body;
    return endPage(method, path, result.status);
  };

  /** A read whose absence is an answer (null on 404); any other refusal ends the page as `need`'s does. */
  const find = async <T>(path: string): Promise<T | null> => {
    const result = await send<T>('GET', path);
    if (result.ok) return result.body;
    return result.status === 404 ? null : endPage('GET', path, result.status);
  };

  return { send, get: <T>(path: string) => need<T>('GET', path), need, find };
}

export type ServiceApi = ReturnType<typeof serviceApi>;
