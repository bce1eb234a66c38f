// Assembles the fieldwork service from its parts; main.ts runs it, tests start it in-process.
import { Client, Connection } from '@temporalio/client';
import { encryptedDataConverter } from '@yji/workflows';
import { connectNats, ensureEventStream, startOutboxRelay } from '@yji/messaging';
import { authOptions, createApp } from '@yji/service-kit';
import type { FieldworkConfig } from './config.ts';
import { createDb } from './db.ts';
import { serveFieldworkCommands } from './commands/serve-commands.ts';
import { registerFieldworkRoutes } from './routes/index.ts';
import { startTeamMembershipConsumer } from './team/team-membership-consumer.ts';
import { teamConsumerName } from './team/team-consumer-name.ts';

export async function startFieldworkService(config: FieldworkConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL);
  const nc = await connectNats(config.NATS_URL, 'yji-fieldwork');
  await ensureEventStream(nc);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: encryptedDataConverter(config.YJI_PAYLOAD_KEYS),
  });

  const app = await createApp({
    service: 'fieldwork',
    logger: options.logger,
    auth: authOptions(config),
    readiness: {
      postgres: async () => void (await db.$queryRaw`SELECT 1`),
      nats: async () => void (await nc.flush()),
      temporal: async () => void (await connection.healthService.check({})),
    },
  });
  const relay = startOutboxRelay(db, nc, {
    onError: (err) => app.log.error({ err: err.message }, 'outbox relay failed'),
  });
  registerFieldworkRoutes(app, { db, temporal, afterOutbox: relay.notify });
  const commands = serveFieldworkCommands({ db, nc, logger: app.log, afterCommand: relay.notify });
  const teamConsumer = await startTeamMembershipConsumer(db, nc, {
    durable: teamConsumerName(config.DATABASE_URL),
    onError: (err, details) => app.log.error({ err: err.message, ...details }, 'team event not applied'),
  });

  await app.listen({ host: config.HOST, port: config.PORT });
  return {
    app,
    db,
    url: `http://${config.HOST}:${(app.server.address() as { port: number }).port}`,
    stop: async () => {
      await app.close();
      for (const subscription of commands) subscription.unsubscribe();
      await teamConsumer.stop();
      await relay.stop();
      await nc.drain();
      await connection.close();
      await db.$disconnect();
    },
  };
}
