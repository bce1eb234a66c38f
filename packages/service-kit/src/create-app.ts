// The Fastify app factory: every service starts here, then registers its routes.
import Fastify, { type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { errorHandler, routeNotFound, routerRefusal } from './errors.ts';
import { refuseUndeclaredBodies } from './bodiless-routes.ts';
import { refuseOtherCharsets } from './charset.ts';
import { keepConnectionsWhileAnswering } from './connection-timeout.ts';
import { parseJsonBodies } from './json-body.ts';
import { loggerOptions, type LogLevel, type LogStream } from './logger.ts';
import { registerHealth, type ReadinessCheck } from './health.ts';
import { registerAuthentication, requestTokenCheck } from './auth/authenticate.ts';
import { bearerSecurity } from './auth/openapi-security.ts';
import type { AuthOptions } from './auth/verify-token.ts';
import { envSchema } from './env/env-part.ts';
import { httpEnv, type HttpEnv } from './env/http.ts';
import { registerRateLimit } from './rate-limit.ts';
import { prepareShutdown } from './shutdown.ts';
import { registerTracing } from './tracing.ts';

/** The HTTP server's limits (env/http.ts); each defaults to that file's default. */
export type HttpOptions = Pick<
  HttpEnv,
  | 'HTTP_REQUEST_TIMEOUT_MS'
  | 'HTTP_HEADERS_TIMEOUT_MS'
  | 'HTTP_CONNECTION_TIMEOUT_MS'
  | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
  | 'HTTP_TRUST_PROXY'
  | 'RATE_LIMIT_MAX'
  | 'RATE_LIMIT_WINDOW_MS'
  | 'SHUTDOWN_GRACE_MS'
>;

/** The variables' defaults: what an app gets for any option it is not given. */
const DEFAULT_HTTP_OPTIONS: HttpOptions = envSchema(httpEnv).parse({});

export interface AppOptions {
  service: string;
  version?: string;
  readiness: Record<string, ReadinessCheck>;
  /**
   * The identity provider whose tokens this service accepts (commonEnv's AUTH_* variables, through
   * `authOptions(config)`). Every route but /health, /ready and /docs then needs `Authorization: Bearer
   * <JWT>`, and handlers find the caller in `request.principal`; `requireRole` narrows a route further.
   */
  auth: AuthOptions;
  /** Request bodies beyond this are refused with 413 before they are parsed. */
  bodyLimitBytes?: number;
  /** Timeouts, proxies, rate limit and shutdown grace (the HTTP_*, RATE_LIMIT_* and SHUTDOWN_* variables). */
  http?: Partial<HttpOptions>;
  logger?: boolean;
  logLevel?: LogLevel;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: LogStream;
  /** Browser origins allowed to call this service (CORS); none by default. */
  corsOrigins?: string[];
}

export async function createApp(options: AppOptions) {
  const http = { ...DEFAULT_HTTP_OPTIONS, ...options.http };
  const serverOptions: FastifyServerOptions = {
    logger:
      options.logger === false ? false : loggerOptions(options.service, options.logLevel, options.logStream),
    bodyLimit: options.bodyLimitBytes ?? 256 * 1024,
    return503OnClosing: true,
    requestTimeout: http.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeout: http.HTTP_CONNECTION_TIMEOUT_MS,
    keepAliveTimeout: http.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    // Fastify takes a number of hops or an address list; a string of digits is read as the former.
    trustProxy: (http.HTTP_TRUST_PROXY ?? false) as FastifyServerOptions['trustProxy'],
    frameworkErrors: routerRefusal,
  };
  const app = Fastify(serverOptions).withTypeProvider<ZodTypeProvider>();
  // Fastify has no option for it; Node's own default (60 s) would let slow senders hold sockets longer.
  app.server.headersTimeout = http.HTTP_HEADERS_TIMEOUT_MS;
  keepConnectionsWhileAnswering(app);
  registerTracing(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // Fastify's own answer and log line repeat the URL, which may hold a case reference.
  app.setNotFoundHandler(routeNotFound);
  parseJsonBodies(app);
  refuseOtherCharsets(app);
  refuseUndeclaredBodies(app);
  prepareShutdown(app, http.SHUTDOWN_GRACE_MS);
  // Before authentication: a browser's preflight carries no token, and is answered here.
  if (options.corsOrigins?.length) await app.register(cors, { origin: options.corsOrigins });
  const tokenCheck = requestTokenCheck(options.auth);
  await registerRateLimit(app, { max: http.RATE_LIMIT_MAX, windowMs: http.RATE_LIMIT_WINDOW_MS }, tokenCheck);
  registerAuthentication(app, tokenCheck);
  await app.register(swagger, {
    openapi: {
      info: { title: `yji ${options.service}`, version: options.version ?? '0.1.0' },
      ...bearerSecurity,
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerHealth(app, options.readiness);
  return app;
}

export type App = Awaited<ReturnType<typeof createApp>>;
