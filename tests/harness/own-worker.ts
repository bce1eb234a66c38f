// A worker a test starts and stops itself, beside a system started with `worker: false`: while none polls, no
// workflow carries anything out, so the test sees what a request answers while the worker is away.
import { afterAll } from 'vitest';
import { startWorker, workerConfig } from '@yji/worker';
import type { System } from './system.ts';

export function ownWorker(system: Pick<System, 'env'>) {
  let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
  afterAll(() => worker?.stop());
  return {
    start: async () => {
      worker = await startWorker(workerConfig.parse(system.env));
    },
    stop: async () => {
      await worker?.stop();
      worker = undefined;
    },
  };
}
