// One error shape for every service, {error: {code, message, details}}, with every code, status and
// message from the problem catalogue (contracts problems.ts). Validation errors name the fields and the
// rule broken, never the value sent (it may be about a child).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseBusy, POOL_WAIT_MS } from '@yji/db';
import { isTemporalDeadline, isTemporalUnavailable } from './temporal-unavailable.ts';
import { validationIssues } from './validation-issues.ts';
import {
  codesWithStatus,
  errorBodyWith,
  problem,
  problemStatus,
  type Problem,
  type ProblemCode,
} from '@yji/contracts';

/** Thrown by a route or hook to refuse: `throw new HttpError(problem('not-found', { what: 'task' }))`. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly problem: Problem;
  /** Headers the answer carries besides its body (Location, Retry-After). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.message);
    this.problem = problem;
    this.statusCode = problemStatus(problem.code);
    this.headers = headers;
  }
}

/** The answer's body for a problem. */
export function errorBody<C extends ProblemCode>({ code, message, details }: Problem<C>) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** The body of a refusal with `status`, listing the codes the catalogue answers with it. */
export function errorResponse(status: number) {
  const [first, ...rest] = codesWithStatus(status);
  if (!first) throw new Error(`the problem catalogue has no code answered with ${status}`);
  return errorBodyWith([first, ...rest]);
}

/** A route's refusals for its OpenAPI document (and its serialiser): `response: { 200: View, ...errorResponses(403, 404) }`. */
export function errorResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse(status)])) as Record<
    S,
    ReturnType<typeof errorResponse>
  >;
}

/** What the HTTP framework itself refuses (a body too large, an unknown content type), in catalogue terms. */
const FRAMEWORK_PROBLEMS: Readonly<
  Record<number, 'too-large' | 'unsupported-media-type' | 'too-many-requests'>
> = { 413: 'too-large', 415: 'unsupported-media-type', 429: 'too-many-requests' };

/** Any other refusal of the framework's is a bad request, in its own words (they hold no request data). */
function frameworkProblem(error: FastifyError): Problem {
  const code = FRAMEWORK_PROBLEMS[error.statusCode ?? 400];
  return code ? problem(code) : problem('bad-request', { reason: error.message });
}

/** Answers with a problem, for a hook that replies itself rather than throw. */
export function replyWith(reply: FastifyReply, refusal: Problem) {
  return reply.status(problemStatus(refusal.code)).send(errorBody(refusal));
}

/** When a client refused for a busy database should try again: the pool's wait has passed by then. */
const DATABASE_BUSY_RETRY_AFTER_SECONDS = Math.ceil(POOL_WAIT_MS / 1000);
/** When a client refused for Temporal out of reach should try again: a restarting server is back by then. */
const TEMPORAL_BUSY_RETRY_AFTER_SECONDS = 10;

/** A busy dependency's refusal as the answer, and when to try again: nothing was done, or perhaps it was. */
function replyBusy(reply: FastifyReply, retryAfterSeconds: number, refusal = problem('service-busy')) {
  return replyWith(reply.header('Retry-After', String(retryAfterSeconds)), refusal);
}

export function errorHandler(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) return replyWith(reply.headers(error.headers), error.problem);
  // Overload is bounded (the pool's wait) and answered as such, not as a failure of ours (issue 12).
  if (isDatabaseBusy(error)) {
    request.log.warn('database busy: no connection came free in time');
    return replyBusy(reply, DATABASE_BUSY_RETRY_AFTER_SECONDS);
  }
  if (isTemporalUnavailable(error)) {
    request.log.warn('Temporal out of reach or shedding load: the call was not taken');
    return replyBusy(reply, TEMPORAL_BUSY_RETRY_AFTER_SECONDS);
  }
  // Only calls a repeat finds again are given a deadline (temporal-deadline.ts), so a repeat is safe.
  if (isTemporalDeadline(error)) {
    request.log.warn('Temporal did not answer a call by its deadline: it may have taken it');
    return replyBusy(
      reply,
      TEMPORAL_BUSY_RETRY_AFTER_SECONDS,
      problem('service-busy', { mayHaveBeenTaken: true }),
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = validationIssues(request, error.validationContext, error.validation);
    return replyWith(reply, problem('invalid-request', { issues }));
  }
  if ((error.statusCode ?? 500) >= 500) {
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    return replyWith(reply, problem('internal'));
  }
  return replyWith(reply, frameworkProblem(error));
}

/** A request for a route that does not exist, in the same shape as every other refusal. */
export function routeNotFound(_request: FastifyRequest, reply: FastifyReply) {
  return replyWith(reply, problem('not-found', { what: 'route' }));
}

/**
 * What the router refuses before any route runs, in the same shape: Fastify's own answers repeat the
 * path, which may hold a case reference.
 */
export function routerRefusal(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return replyWith(
    reply,
    problem(error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'uri-too-long' : 'malformed-url'),
  );
}
