// Assembles the ratings service from its parts; main.ts runs it, tests start it in-process.
import { startTeamMembershipConsumer } from '@yji/messaging';
import { startServiceRuntime } from '@yji/service-kit';
import type { RatingsConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { startAssessmentConsumer } from './consumers/assessment-consumer.ts';
import { assessmentConsumerName, teamConsumerName } from './consumers/consumer-names.ts';
import { registerRatingsRoutes } from './routes/index.ts';

export async function startRatingsService(config: RatingsConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('ratings', config, db, options);
  const { app, nc, temporal } = runtime;
  registerRatingsRoutes(app, { db, temporal, nc });
  runtime.serveCommands(Object.values(commandHandlers));
  await runtime.consume('team event', (onError) =>
    startTeamMembershipConsumer(db, nc, { durable: teamConsumerName(config.DATABASE_URL), onError }),
  );
  await runtime.consume('assessment event', (onError) =>
    startAssessmentConsumer(db, nc, { durable: assessmentConsumerName(config.DATABASE_URL), onError }),
  );
  return { app, db, nc, url: await runtime.listen(config.PORT), stop: runtime.stop };
}
