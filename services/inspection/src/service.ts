// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { startServiceRuntime } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { approvalRelayName, startApprovalRelay } from './consumers/approval-relay.ts';
import { caseProgressConsumerName, startCaseProgressConsumer } from './consumers/case-progress.ts';
import { registerInspectionRoutes } from './routes/index.ts';
import { discardAbandonedLongLists, STAGED_LIST_BOUND_MS } from './store/long-list-store.ts';

/** How often abandoned staged long lists are looked for (store/long-list-store.ts). */
const STAGED_LIST_SWEEP_MS = 10 * 60 * 1000;

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('inspection', config, db, options);
  const { app, nc, temporal, notifyOutbox } = runtime;
  registerInspectionRoutes(app, {
    db,
    temporal,
    nc,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    afterOutbox: notifyOutbox,
    decisionWaitMs: config.DECISION_WAIT_MS,
    temporalCallTimeoutMs: config.TEMPORAL_CALL_TIMEOUT_MS,
  });
  runtime.serveCommands(Object.values(commandHandlers));
  await runtime.consume('assessment event', (onError) =>
    startApprovalRelay(db, nc, temporal, { durable: approvalRelayName(config.DATABASE_URL), onError }),
  );
  await runtime.consume('case progress event', (onError) =>
    startCaseProgressConsumer(db, nc, { durable: caseProgressConsumerName(config.DATABASE_URL), onError }),
  );
  const sweep = setInterval(() => {
    discardAbandonedLongLists(db, { before: new Date(Date.now() - STAGED_LIST_BOUND_MS) }).catch(
      (error: Error) => app.log.error({ err: { message: error.message } }, 'staged long list sweep failed'),
    );
  }, STAGED_LIST_SWEEP_MS).unref();
  return {
    app,
    url: await runtime.listen(config.PORT),
    stop: async () => {
      clearInterval(sweep);
      await runtime.stop();
    },
  };
}
