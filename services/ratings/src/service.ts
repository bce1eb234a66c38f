// Assembles the ratings service from its parts; main.ts runs it, tests start it in-process.
import { serveHandledCommands, startTeamMembershipConsumer } from '@yji/messaging';
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
  const { app, nc, temporal, notifyOutbox } = runtime;
  registerRatingsRoutes(app, { db, temporal, nc });
  const commands = serveHandledCommands(Object.values(commandHandlers), nc, app.log, db, notifyOutbox);
  const onError = (what: string) => (err: Error, details: { subject: string; seq: number }) =>
    app.log.error({ err: err.message, ...details }, `${what} not applied`);
  const teamConsumer = await startTeamMembershipConsumer(db, nc, {
    durable: teamConsumerName(config.DATABASE_URL),
    onError: onError('team event'),
  });
  const assessmentConsumer = await startAssessmentConsumer(db, nc, {
    durable: assessmentConsumerName(config.DATABASE_URL),
    onError: onError('assessment event'),
  });
  return {
    app,
    db,
    nc,
    url: await runtime.listen(config.PORT),
    stop: () =>
      runtime.stop(async () => {
        for (const subscription of commands) subscription.unsubscribe();
        await teamConsumer.stop();
        await assessmentConsumer.stop();
      }),
  };
}
