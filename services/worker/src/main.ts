import { Runtime } from '@temporalio/worker';
import { loadConfig } from '@yji/service-kit';
import { pino } from 'pino';
import { workerConfig } from './config.ts';
import { startWorker } from './worker.ts';
import { temporalLogger } from './temporal-logger.ts';

const config = loadConfig(workerConfig);
const log = pino({ base: { service: 'worker' }, level: config.LOG_LEVEL });
// Before any connection to Temporal is made, which would install the SDK's own logger; the native core's
// lines forwarded to it too, rather than printed as they are.
Runtime.install({ logger: temporalLogger(log), telemetryOptions: { logging: { forward: {} } } });
const running = await startWorker(config);
log.info({ healthPort: running.healthPort }, 'worker started');

// On SIGTERM: stop polling, let activities under way finish within the grace period, then close. A worker
// that cannot stop in time (the grace, and a little for closing connections) exits non-zero.
const CLOSING_MARGIN_MS = 5_000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      log.error({ graceMs: config.SHUTDOWN_GRACE_MS }, 'grace period over; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + CLOSING_MARGIN_MS);
    void running.stop().then(
      () => {
        clearTimeout(deadline);
        process.exit(0);
      },
      (error: Error) => {
        log.error({ err: { message: error.message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
