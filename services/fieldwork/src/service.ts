// Assembles the fieldwork service from its parts; main.ts runs it, tests start it in-process.
import { startService, teamMembershipConsumer } from '@yji/service-kit';
import type { FieldworkConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { registerFieldworkRoutes } from './routes/index.ts';
import { teamConsumerName } from './team/team-consumer-name.ts';
import { inspectionSettingsConsumer } from './inspection/inspection-settings-consumer.ts';
import { qaSettingsConsumer } from './qa/qa-settings-consumer.ts';

export async function startFieldworkService(config: FieldworkConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return startService('fieldwork', config, db, options, {
    routes: ({ app, temporal, notifyOutbox }) =>
      registerFieldworkRoutes(app, {
        db,
        temporal,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        submitWaitMs: config.SUBMIT_WAIT_MS,
        reviewDeadlines: {
          ...(config.QA_REVIEW_REMIND_AFTER_MS === undefined
            ? {}
            : { remindAfterMs: config.QA_REVIEW_REMIND_AFTER_MS }),
          ...(config.QA_REVIEW_ESCALATE_AFTER_MS === undefined
            ? {}
            : { escalateAfterMs: config.QA_REVIEW_ESCALATE_AFTER_MS }),
        },
        afterOutbox: notifyOutbox,
      }),
    commands: Object.values(commandHandlers),
    consumers: () => [
      teamMembershipConsumer(teamConsumerName),
      qaSettingsConsumer,
      inspectionSettingsConsumer,
    ],
  });
}
