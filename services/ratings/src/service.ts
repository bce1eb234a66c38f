// Assembles the ratings service from its parts; main.ts runs it, tests start it in-process.
import { startService, teamMembershipConsumer } from '@yji/service-kit';
import type { RatingsConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { assessmentConsumer } from './consumers/assessment-consumer.ts';
import { teamConsumerName } from './consumers/team-consumer-name.ts';
import { registerRatingsRoutes } from './routes/index.ts';

export async function startRatingsService(config: RatingsConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  return startService('ratings', config, db, options, {
    routes: ({ app, nc, temporal }) =>
      registerRatingsRoutes(app, { db, temporal, nc, decisionWaitMs: config.DECISION_WAIT_MS }),
    commands: Object.values(commandHandlers),
    consumers: () => [teamMembershipConsumer(teamConsumerName), assessmentConsumer],
  });
}
