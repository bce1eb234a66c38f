// Creates the Temporal worker with every workflow and activity; main.ts runs it, tests start it in-process.
// Its health server answers /health (the process is up) and /ready (NATS and Temporal answer and the
// worker is polling), so an orchestrator probes it like the services.
import { NativeConnection, Worker } from '@temporalio/worker';
import { encryptedDataConverter } from '@yji/workflows';
import { connectNats, ensureEventStream } from '@yji/messaging';
import { natsSecurity, startHealthServer, temporalConnectionOptions } from '@yji/service-kit';
import { startTelemetry, temporalWorkerTracing } from '@yji/telemetry';
import type { WorkerConfig } from './config.ts';
import { createInspectionActivities } from './activities/inspection-activities.ts';
import { createCaseAssessmentActivities } from './activities/case-assessment-activities.ts';
import { createSampleTaskActivities } from './activities/sample-task-activities.ts';
import { createRatingsPanelActivities } from './activities/ratings-panel-activities.ts';
import { createAlertAcknowledgementActivities } from './activities/alert-acknowledgement-activities.ts';
import { createReviewDeadlineActivities } from './activities/review-deadline-activities.ts';
import { createPublicationActivities } from './activities/publication-activities.ts';
import { workflowSource } from './workflow-source.ts';

export async function startWorker(config: WorkerConfig) {
  const telemetry = startTelemetry({
    serviceName: config.OTEL_SERVICE_NAME ?? 'yji-worker',
    exporter: config.OTEL_TRACES_EXPORTER,
  });
  const tracing = temporalWorkerTracing(telemetry);
  const { workflowModules, ...source } = workflowSource(config.WORKFLOW_BUNDLE_PATH);
  const nc = await connectNats(config.NATS_URL, 'yji-worker', natsSecurity(config));
  await ensureEventStream(nc, { maxAgeMs: config.EVENT_RETENTION_MS });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    dataConverter: encryptedDataConverter(config.YJI_PAYLOAD_KEYS),
    ...source,
    interceptors: { ...tracing.interceptors, workflowModules },
    sinks: tracing.sinks,
    activities: {
      ...createInspectionActivities(nc),
      ...createSampleTaskActivities(nc),
      ...createCaseAssessmentActivities(nc),
      ...createRatingsPanelActivities(nc),
      ...createAlertAcknowledgementActivities(nc),
      ...createReviewDeadlineActivities(nc),
      ...createPublicationActivities(nc, config.RETENTION_PERIOD),
    },
    // On shutdown, activities under way get this long to finish before they are cancelled.
    shutdownGraceTime: config.SHUTDOWN_GRACE_MS,
  });
  const running = worker.run();
  const health = await startHealthServer({
    service: 'worker',
    host: config.HOST,
    port: config.PORT,
    logLevel: config.LOG_LEVEL,
    readiness: {
      nats: async () => void (await nc.flush()),
      temporal: async () => void (await connection.healthService.check({})),
      worker: async () => {
        if (worker.getState() !== 'RUNNING') throw new Error(`the worker is ${worker.getState()}`);
      },
    },
  });
  return {
    worker,
    running,
    healthPort: health.port,
    stop: async () => {
      await health.stop();
      worker.shutdown();
      await running;
      await connection.close();
      await nc.drain();
      await telemetry.shutdown();
    },
  };
}
