// Creates the Temporal worker with every workflow and activity; main.ts runs it, tests start it in-process.
import { NativeConnection, Worker } from '@temporalio/worker';
import { encryptedDataConverter, workflowsPath } from '@yji/workflows';
import { connectNats, ensureEventStream } from '@yji/messaging';
import { fileURLToPath } from 'node:url';
import type { WorkerConfig } from './config.ts';
import { createInspectionActivities } from './activities/inspection-activities.ts';
import { createCaseAssessmentActivities } from './activities/case-assessment-activities.ts';

export async function startWorker(config: WorkerConfig) {
  const nc = await connectNats(config.NATS_URL, 'yji-worker');
  await ensureEventStream(nc);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    dataConverter: encryptedDataConverter(config.YJI_PAYLOAD_KEYS),
    ...(config.WORKFLOW_BUNDLE_PATH
      ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } }
      : { workflowsPath: fileURLToPath(workflowsPath) }),
    activities: { ...createInspectionActivities(nc), ...createCaseAssessmentActivities(nc) },
  });
  const running = worker.run();
  return {
    worker,
    running,
    stop: async () => {
      worker.shutdown();
      await running;
      await connection.close();
      await nc.drain();
    },
  };
}
