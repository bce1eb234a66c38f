import { loadConfig } from '@yji/service-kit';
import { pino } from 'pino';
import { workerConfig } from './config.ts';
import { startWorker } from './worker.ts';

const log = pino({ base: { service: 'worker' } });
const running = await startWorker(loadConfig(workerConfig));
log.info('worker started');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    void running.stop().then(() => process.exit(0));
  });
}
