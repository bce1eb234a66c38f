// /health says the process is alive; /ready says its dependencies answer (load balancers route by it).
// Probes come every few seconds: their requests are logged only at warn and above, not to drown the rest.
import type { FastifyInstance } from 'fastify';

export type ReadinessCheck = () => Promise<void>;

export function registerHealth(app: FastifyInstance, checks: Record<string, ReadinessCheck>) {
  app.get('/health', { schema: { hide: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await check();
          return [name, 'ok'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const ready = results.every(([, status]) => status === 'ok');
    return reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not-ready', checks: Object.fromEntries(results) });
  });
}
