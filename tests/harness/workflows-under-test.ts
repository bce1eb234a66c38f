// What a service's own workflow tests run beside the service: the worker (every workflow and activity, on the
// config's task queue) and a Temporal client as the services make one. `stop` stops both.
import { startWorker, workerConfig } from '@yji/worker';
import { connectTemporal, type TemporalSettings } from './temporal-client.ts';

export async function startWorkflowsUnderTest(config: TemporalSettings) {
  const worker = await startWorker(workerConfig.parse(config));
  const { connection, temporal } = await connectTemporal(config);
  const stop = async () => {
    await worker.stop();
    await connection.close();
  };
  return { temporal, stop };
}
