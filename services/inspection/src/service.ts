// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { serveHandledCommands } from '@yji/messaging';
import { startServiceRuntime } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { approvalRelayName, startApprovalRelay } from './consumers/approval-relay.ts';
import { registerInspectionRoutes } from './routes/index.ts';

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('inspection', config, db, options);
  const { app, nc, temporal, notifyOutbox } = runtime;
  registerInspectionRoutes(app, {
    db,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    afterOutbox: notifyOutbox,
    decisionWaitMs: config.DECISION_WAIT_MS,
  });
  const commands = serveHandledCommands(Object.values(commandHandlers), nc, app.log, db, notifyOutbox);
  const approvalRelay = await startApprovalRelay(db, nc, temporal, {
    durable: approvalRelayName(config.DATABASE_URL),
    onError: (err, details) =>
      app.log.error({ err: err.message, ...details }, 'assessment event not relayed'),
  });
  return {
    app,
    url: await runtime.listen(config.PORT),
    stop: () =>
      runtime.stop(async () => {
        for (const subscription of commands) subscription.unsubscribe();
        await approvalRelay.stop();
      }),
  };
}
