// The HTTP server's limits: how long a request, its headers, an idle connection and a kept-alive one may
// take; which proxies to believe about the client's address; how many requests a client may make; how long
// a stopping service waits for requests in flight.
import { z } from 'zod';
import type { EnvOf } from './env-part.ts';
import { millis } from './values.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const fields = {
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** The whole request, body included; 408 after it. */
  HTTP_REQUEST_TIMEOUT_MS: millis.default(30_000),
  /** Until the request's headers are in (slow-loris); at most the request timeout. */
  HTTP_HEADERS_TIMEOUT_MS: millis.default(10_000),
  /** A connection with no traffic at all is closed after this (not while a request on it is answered). */
  HTTP_CONNECTION_TIMEOUT_MS: millis.default(60_000),
  /** An idle kept-alive connection; longer than the load balancer's idle timeout, so it closes first. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: millis.default(72_000),
  /**
   * Which proxies' X-Forwarded-For and X-Forwarded-Proto to believe: their addresses and CIDR ranges, or
   * proxy-addr's names (loopback, linklocal, uniquelocal), comma-separated. Unset: none, so a client cannot
   * pose as another for the rate limit. A number of hops is refused: Fastify 5 trusts no one given one.
   */
  HTTP_TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || !/^\s*\d+\s*$/.test(value),
      'give the proxies’ addresses or ranges (such as loopback,uniquelocal), not a number of hops',
    ),
  /** Requests a client (the token's user, else the address) may make in a window, per replica. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WINDOW_MS: millis.min(1000).default(60_000),
  /** After SIGTERM: stop taking requests, wait this long for those in flight, then exit non-zero. */
  SHUTDOWN_GRACE_MS: millis.default(25_000),
};

export const httpEnv = { fields, check: checkHttp };
export type HttpEnv = EnvOf<typeof httpEnv>;

function checkHttp(env: HttpEnv, ctx: z.RefinementCtx) {
  if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['HTTP_HEADERS_TIMEOUT_MS'],
      message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
    });
  }
}
