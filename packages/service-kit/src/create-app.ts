// The Fastify app factory: every service starts here, then registers its routes.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { errorHandler, routeNotFound } from './errors.ts';
import { parseJsonBodies } from './json-body.ts';
import { loggerOptions } from './logger.ts';
import { registerHealth, type ReadinessCheck } from './health.ts';
import { registerAuthentication } from './auth/authenticate.ts';
import { bearerSecurity } from './auth/openapi-security.ts';
import type { AuthOptions } from './auth/verify-token.ts';

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
  logger?: boolean;
}

export async function createApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(options.service),
    bodyLimit: options.bodyLimitBytes ?? 256 * 1024,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(routeNotFound);
  parseJsonBodies(app);
  registerAuthentication(app, options.auth);
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

/** Stops taking requests, lets in-flight ones finish, then runs the service's own clean-up. */
export function closeOnSignals(app: FastifyInstance, cleanup: () => Promise<void>) {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await cleanup();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
