// Assembles the publication service from its parts; main.ts runs it, tests start it in-process.
import { startService, teamMembershipConsumer } from '@yji/service-kit';
import type { PublicationConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { teamConsumerName } from './consumers/team-consumer-name.ts';
import { inspectedServiceConsumer } from './consumers/inspected-service-consumer.ts';
import { ratingsConsumer } from './consumers/ratings-consumer.ts';
import { reportPdfConsumer } from './consumers/report-pdf-consumer.ts';
import { registerPublicSite } from './public/site.ts';
import { registerPublicationRoutes } from './routes/index.ts';

export async function startPublicationService(config: PublicationConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return startService('publication', config, db, options, {
    routes: async ({ app, temporal }) => {
      await registerPublicSite(app);
      registerPublicationRoutes(app, {
        db,
        temporal,
        decisionWaitMs: config.DECISION_WAIT_MS,
        accessibilityContact: config.ACCESSIBILITY_CONTACT_EMAIL,
      });
    },
    commands: Object.values(commandHandlers),
    consumers: ({ app, temporal }) => [
      teamMembershipConsumer(teamConsumerName),
      inspectedServiceConsumer,
      ratingsConsumer({ temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }),
      reportPdfConsumer({ app, chromiumPath: config.CHROMIUM_PATH }),
    ],
  });
}
