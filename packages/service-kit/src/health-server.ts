// /health and /ready for a process that serves no API (the Temporal worker), so an orchestrator probes
// every yji process the same way.
import Fastify from 'fastify';
import { registerHealth, type ReadinessCheck } from './health.ts';
import { loggerOptions, type LogLevel } from './logger.ts';

export interface HealthServerOptions {
  service: string;
  host: string;
  port: number;
  logLevel: LogLevel;
  readiness: Record<string, ReadinessCheck>;
}

export async function startHealthServer(options: HealthServerOptions) {
  const app = Fastify({ logger: loggerOptions(options.service, options.logLevel) });
  registerHealth(app, options.readiness);
  await app.listen({ host: options.host, port: options.port });
  return { app, port: (app.server.address() as { port: number }).port, stop: () => app.close() };
}
