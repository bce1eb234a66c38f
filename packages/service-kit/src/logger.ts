// pino options for every service. Bodies are never logged; anything that might carry case data is
// redacted in case a handler logs it by mistake. A request is logged by its route's pattern
// (`/api/fieldwork/tasks/:taskId`), never its URL: paths carry case references and ids in clear.
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { LOG_LEVELS } from './env/http.ts';

export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go instead of stdout (tests read them). */
export interface LogStream {
  write(line: string): void;
}

/** What a request's log lines say about it: method, route pattern, request id; nothing from the URL. */
export function requestSummary(request: FastifyRequest) {
  return { method: request.method, route: request.routeOptions?.url ?? '(no route)', id: request.id };
}

/**
 * Where what a person wrote (a request's body, answers, notes, an alert's account, a reason, comments) or an
 * event's payload would sit in a logged object, at the top or up to two levels down (an error's request, say):
 * no log call passes one today, and should one, its text is censored, never written.
 */
const FREE_TEXT_KEYS = ['body', 'answers', 'notes', 'payload', 'seen', 'done', 'reason', 'comments'];
const FREE_TEXT_PATHS = FREE_TEXT_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function loggerOptions(
  service: string,
  level: LogLevel = 'info',
  stream?: LogStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    base: { service },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', ...FREE_TEXT_PATHS],
      censor: '[redacted]',
    },
    serializers: { req: requestSummary },
    ...(stream ? { stream } : {}),
  };
}
