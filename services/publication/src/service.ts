// Assembles the publication service from its parts; main.ts runs it, tests start it in-process.
import { startTeamMembershipConsumer } from '@yji/messaging';
import { startServiceRuntime } from '@yji/service-kit';
import type { PublicationConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import {
  inspectedServiceConsumerName,
  ratingsConsumerName,
  reportPdfConsumerName,
  teamConsumerName,
} from './consumers/consumer-names.ts';
import { startReportPdfConsumer } from './consumers/report-pdf-consumer.ts';
import { startInspectedServiceConsumer } from './consumers/inspected-service-consumer.ts';
import { startRatingsConsumer } from './consumers/ratings-consumer.ts';
import { registerPublicSite } from './public/site.ts';
import { registerPublicationRoutes } from './routes/index.ts';

export async function startPublicationService(config: PublicationConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('publication', config, db, options);
  const { app, nc, temporal } = runtime;
  await registerPublicSite(app);
  registerPublicationRoutes(app, { db, temporal });
  runtime.serveCommands(Object.values(commandHandlers));
  await runtime.consume('team event', (onError) =>
    startTeamMembershipConsumer(db, nc, { durable: teamConsumerName(config.DATABASE_URL), onError }),
  );
  await runtime.consume('inspection event', (onError) =>
    startInspectedServiceConsumer(db, nc, {
      durable: inspectedServiceConsumerName(config.DATABASE_URL),
      onError,
    }),
  );
  await runtime.consume('ratings event', (onError) =>
    startRatingsConsumer(db, nc, {
      durable: ratingsConsumerName(config.DATABASE_URL),
      clock: { temporal, taskQueue: config.TEMPORAL_TASK_QUEUE },
      onError,
    }),
  );
  await runtime.consume('report published event', (onError) =>
    startReportPdfConsumer(db, nc, {
      durable: reportPdfConsumerName(config.DATABASE_URL),
      app,
      chromiumPath: config.CHROMIUM_PATH,
      onError,
    }),
  );
  return { app, db, nc, temporal, url: await runtime.listen(config.PORT), stop: runtime.stop };
}
