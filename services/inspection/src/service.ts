// Assembles the inspection service from its parts; main.ts runs it, tests start it in-process.
import { Client, Connection } from '@temporalio/client';
import { recordInspection } from '@yji/contracts';
import { connectNats, ensureEventStream, serveCommand, startOutboxRelay } from '@yji/messaging';
import { authOptions, createApp } from '@yji/service-kit';
import type { InspectionConfig } from './config.ts';
import { createDb } from './db.ts';
import { handleRecordInspection } from './commands/record-inspection.ts';
import { registerInspectionRoutes } from './routes/inspections.ts';

export async function startInspectionService(config: InspectionConfig, options: { logger?: boolean } = {}) {
  const db = createDb(config.DATABASE_URL);
  const nc = await connectNats(config.NATS_URL, 'yji-inspection');
  await ensureEventStream(nc);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });

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
  registerInspectionRoutes(app, { db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE });

  const relay = startOutboxRelay(db, nc, {
    onError: (err) => app.log.error({ err: err.message }, 'outbox relay failed'),
  });
  const commands = [
    serveCommand(
      nc,
      recordInspection,
      async (command) => {
        const reply = await handleRecordInspection(db, command);
        relay.notify();
        return reply;
      },
      app.log,
    ),
  ];

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
