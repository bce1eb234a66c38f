// Stopping a service: stop taking requests, let those in flight finish, then close the service's
// connections, all within a grace period (SHUTDOWN_GRACE_MS, shorter than the orchestrator's own before it
// kills). A service that cannot finish in time says how many requests were still open and exits non-zero,
// so the stop shows as a failure rather than as a clean one that dropped work.
import type { FastifyInstance } from 'fastify';

interface Grace {
  graceMs: number;
  openRequests: () => number;
  /** From now on, responses close their connection, so kept-alive clients do not hold the server open. */
  beginClosing: () => void;
}

const graces = new WeakMap<FastifyInstance, Grace>();

/** createApp calls this: counts requests between arrival and response, and keeps the grace period. */
export function prepareShutdown(app: FastifyInstance, graceMs: number): void {
  const open = new Set<string>();
  let closing = false;
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onRequest', async (request) => {
    open.add(request.id);
  });
  app.addHook('onResponse', async (request) => {
    open.delete(request.id);
  });
  app.addHook('onRequestAbort', async (request) => {
    open.delete(request.id);
  });
  graces.set(app, { graceMs, openRequests: () => open.size, beginClosing: () => (closing = true) });
}

/**
 * Runs the shutdown once, on the first SIGINT or SIGTERM. Answers the shutdown itself, for tests to call
 * with an `exit` of their own.
 */
export function closeOnSignals(
  app: FastifyInstance,
  cleanup: () => Promise<void>,
  exit: (code: number) => void = (code) => process.exit(code),
): (signal: string) => Promise<void> {
  const grace = graces.get(app);
  if (!grace) throw new Error('closeOnSignals needs an app made by createApp');
  const { graceMs, openRequests, beginClosing } = grace;
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      app.log.info({ signal, graceMs }, 'shutting down');
      let timer: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const stopped = (async () => {
        beginClosing();
        await app.close();
        await cleanup();
        return 'stopped' as const;
      })();
      const outcome = await Promise.race([stopped, outOfTime]).catch((error: Error) => {
        app.log.error({ err: { message: error.message } }, 'shutdown failed');
        return 'failed' as const;
      });
      clearTimeout(timer);
      if (outcome === 'timeout') {
        app.log.error({ openRequests: openRequests(), graceMs }, 'grace period over with requests open');
      }
      exit(outcome === 'stopped' ? 0 : 1);
    })();
    return closing;
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return shutdown;
}
