// Assembles the fieldwork service from its parts; main.ts runs it, tests start it in-process.
import { startTeamMembershipConsumer } from '@yji/messaging';
import { startServiceRuntime } from '@yji/service-kit';
import type { FieldworkConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { registerFieldworkRoutes } from './routes/index.ts';
import {
  inspectionSettingsConsumerName,
  qaSettingsConsumerName,
  teamConsumerName,
} from './team/team-consumer-name.ts';
import { startInspectionSettingsConsumer } from './inspection/inspection-settings-consumer.ts';
import { startQaSettingsConsumer } from './qa/qa-settings-consumer.ts';

export async function startFieldworkService(config: FieldworkConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('fieldwork', config, db, options);
  const { app, nc, temporal, notifyOutbox } = runtime;
  registerFieldworkRoutes(app, {
    db,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    submitWaitMs: config.SUBMIT_WAIT_MS,
    reviewDeadlines: {
      remindAfterMs: config.QA_REVIEW_REMIND_AFTER_MS,
      escalateAfterMs: config.QA_REVIEW_ESCALATE_AFTER_MS,
    },
    afterOutbox: notifyOutbox,
  });
  runtime.serveCommands(Object.values(commandHandlers));
  await runtime.consume('team event', (onError) =>
    startTeamMembershipConsumer(db, nc, { durable: teamConsumerName(config.DATABASE_URL), onError }),
  );
  await runtime.consume('QA settings', (onError) =>
    startQaSettingsConsumer(db, nc, { durable: qaSettingsConsumerName(config.DATABASE_URL), onError }),
  );
  await runtime.consume('inspection settings', (onError) =>
    startInspectionSettingsConsumer(db, nc, {
      durable: inspectionSettingsConsumerName(config.DATABASE_URL),
      onError,
    }),
  );
  return { app, db, nc, url: await runtime.listen(config.PORT), stop: runtime.stop };
}
