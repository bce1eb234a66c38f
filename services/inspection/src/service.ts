// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { Client, Connection } from '@temporalio/client';
import { encryptedDataConverter } from '@yji/workflows';
import { connectNats, ensureEventStream, startOutboxRelay } from '@yji/messaging';
import { authOptions, createApp } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import { serveInspectionCommands } from './commands/serve-commands.ts';
import { registerInspectionRoutes } from './routes/inspections.ts';
import { registerTeamRoutes } from './routes/team.ts';
import { registerLongListRoutes } from './routes/long-list.ts';
import { registerSampleRoutes } from './routes/sample.ts';
import { registerAssignmentRoutes } from './routes/assignments.ts';

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL);
  const nc = await connectNats(config.NATS_URL, 'yji-inspection');
  await ensureEventStream(nc);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: encryptedDataConverter(config.YJI_PAYLOAD_KEYS),
  });

  const app = await createApp({
    service: 'inspection',
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
  const deps = { db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE };
  registerInspectionRoutes(app, deps);
  registerTeamRoutes(app, deps, relay.notify);
  registerLongListRoutes(app, deps);
  registerSampleRoutes(app, deps);
  registerAssignmentRoutes(app, deps);

  const commands = serveInspectionCommands(nc, db, app.log, relay.notify);

  await app.listen({ host: config.HOST, port: config.PORT });
  return {
    app,
    url: `http://${config.HOST}:${(app.server.address() as { port: number }).port}`,
    stop: async () => {
      await app.close();
      for (const subscription of commands) subscription.unsubscribe();
      await relay.stop();
      await nc.drain();
      await connection.close();
      await db.$disconnect();
    },
  };
}
