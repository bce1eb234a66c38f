// Assembles the publication service from its parts; main.ts runs it, tests start it in-process.
import { serveHandledCommands, startTeamMembershipConsumer } from '@yji/messaging';
import { startServiceRuntime } from '@yji/service-kit';
import type { PublicationConfig } from './config.ts';
import { createDb } from './db.ts';
import * as commandHandlers from './commands/index.ts';
import { ratingsConsumerName, teamConsumerName } from './consumers/consumer-names.ts';
import { startRatingsConsumer } from './consumers/ratings-consumer.ts';
import { registerPublicationRoutes } from './routes/index.ts';

export async function startPublicationService(config: PublicationConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const runtime = await startServiceRuntime('publication', config, db, options);
  const { app, nc, temporal, notifyOutbox } = runtime;
  registerPublicationRoutes(app, { db, temporal });
  const commands = serveHandledCommands(Object.values(commandHandlers), nc, app.log, db, notifyOutbox);
  const onError = (what: string) => (err: Error, details: { subject: string; seq: number }) =>
    app.log.error({ err: err.message, ...details }, `${what} not applied`);
  const teamConsumer = await startTeamMembershipConsumer(db, nc, {
    durable: teamConsumerName(config.DATABASE_URL),
    onError: onError('team event'),
  });
  const ratingsConsumer = await startRatingsConsumer(db, nc, {
    durable: ratingsConsumerName(config.DATABASE_URL),
    clock: { temporal, taskQueue: config.TEMPORAL_TASK_QUEUE },
    onError: onError('ratings event'),
  });
  return {
    app,
    db,
    nc,
    temporal,
    url: await runtime.listen(config.PORT),
    stop: () =>
      runtime.stop(async () => {
        for (const subscription of commands) subscription.unsubscribe();
        await teamConsumer.stop();
        await ratingsConsumer.stop();
      }),
  };
}
