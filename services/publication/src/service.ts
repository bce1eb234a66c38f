// Assembles the publication service from its parts; main.ts runs it, tests start it in-process.
import { startTeamMembershipConsumer } from '@yji/messaging';
import { startService } from '@yji/service-kit';
import type { PublicationConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { teamConsumerName } from './consumers/team-consumer-name.ts';
import { reportPdfConsumerName, startReportPdfConsumer } from './consumers/report-pdf-consumer.ts';
import {
  inspectedServiceConsumerName,
  startInspectedServiceConsumer,
} from './consumers/inspected-service-consumer.ts';
import { ratingsConsumerName, startRatingsConsumer } from './consumers/ratings-consumer.ts';
import { registerPublicSite } from './public/site.ts';
import { registerPublicationRoutes } from './routes/index.ts';

export async function startPublicationService(config: PublicationConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return startService('publication', config, db, options, {
    routes: async ({ app, temporal }) => {
      await registerPublicSite(app);
      registerPublicationRoutes(app, { db, temporal });
    },
    commands: Object.values(commandHandlers),
    consumers: ({ app, temporal }) => [
      { what: 'team event', durable: teamConsumerName, start: startTeamMembershipConsumer },
      {
        what: 'inspection event',
        durable: inspectedServiceConsumerName,
        start: startInspectedServiceConsumer,
      },
      {
        what: 'ratings event',
        durable: ratingsConsumerName,
        start: (db, nc, consumer) =>
          startRatingsConsumer(db, nc, {
            ...consumer,
            clock: { temporal, taskQueue: config.TEMPORAL_TASK_QUEUE },
          }),
      },
      {
        what: 'report published event',
        durable: reportPdfConsumerName,
        start: (db, nc, consumer) =>
          startReportPdfConsumer(db, nc, { ...consumer, app, chromiumPath: config.CHROMIUM_PATH }),
      },
    ],
  });
}
