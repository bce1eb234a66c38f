// What every yji service stands on besides its own routes and commands: its database, NATS with the event
// stream, a Temporal client whose payloads are encrypted, the Fastify app (readiness checks all three),
// and the outbox relay, woken when outbox rows commit, which now and then deletes the messaging bookkeeping
// no longer needed. Stopping closes them in the order that loses nothing: stop taking requests, let
// the relay finish its batch, stop answering commands and consuming events, drain NATS, then close
// Temporal and the database.
import { Client, Connection } from '@temporalio/client';
import { EVENT_STREAM } from '@yji/contracts';
import {
  countParkedMessages,
  countParkedOutboxRows,
  listenForOutbox,
  type TransactionalClient,
} from '@yji/db';
import {
  connectNats,
  ensureEventStream,
  serveHandledCommands,
  startOutboxRelay,
  type ConsumerFailure,
  type HandledCommand,
  type NatsConnection,
  type ServedCommand,
} from '@yji/messaging';
import { startTelemetry, temporalClientTracing } from '@yji/telemetry';
import { encryptedDataConverter } from '@yji/workflows';
import type { CommonConfig } from './config.ts';
import { createApp, type App } from './create-app.ts';
import { authOptions } from './env/auth.ts';
import { natsSecurity } from './env/nats.ts';
import { temporalConnectionOptions } from './env/temporal.ts';
import type { LogStream } from './logger.ts';

/**
 * How often the relay looks for due rows with nothing announced: the safety net for a lost LISTEN
 * connection, and when rows waiting out their backoff are retried. Commits wake it at once.
 */
const OUTBOX_SAFETY_POLL_MS = 5000;

/**
 * How often the relay deletes published outbox rows older than OUTBOX_KEEP_PUBLISHED_MS and processed-message
 * ids older than the event stream's max_age (plus a margin), in bounded batches; a timer, idle in between.
 */
const OUTBOX_SWEEP_EVERY_MS = 10 * 60_000;

export interface ServiceDb extends TransactionalClient {
  $disconnect(): Promise<void>;
}

/** How a durable consumer reports an event it could not apply (redelivered later, or parked). */
export type ConsumerErrorLogger = (error: Error, details: ConsumerFailure) => void;

export interface ServiceRuntime<Db extends ServiceDb = ServiceDb> {
  app: App;
  nc: NatsConnection;
  temporal: Client;
  /** Call after committing an outbox row, to publish it without waiting for the relay's next poll. */
  notifyOutbox: () => void;
  /** Listens on HOST:PORT; answers the base URL. */
  listen(port: number): Promise<string>;
  /** Answers these commands with the service's database until the service stops. */
  serveCommands(handlers: readonly HandledCommand<Db>[]): void;
  /**
   * Starts one of the service's durable consumers; an event it cannot apply is logged as `<what> not
   * applied`, and one it parks as `<what> parked after repeated failures` (ids and codes, never the
   * payload). Stopped with the service.
   */
  consume(
    what: string,
    start: (onError: ConsumerErrorLogger) => Promise<{ stop(): Promise<void> }>,
  ): Promise<void>;
  /** Stops everything, in the order above. */
  stop(): Promise<void>;
}

export async function startServiceRuntime<Db extends ServiceDb>(
  service: string,
  config: CommonConfig,
  db: Db,
  options: { logger?: boolean; logStream?: LogStream } = {},
): Promise<ServiceRuntime<Db>> {
  const telemetry = startTelemetry({
    serviceName: config.OTEL_SERVICE_NAME ?? `yji-${service}`,
    exporter: config.OTEL_TRACES_EXPORTER,
  });
  const nc = await connectNats(config.NATS_URL, `yji-${service}`, natsSecurity(config));
  await ensureEventStream(nc, { maxAgeMs: config.EVENT_RETENTION_MS });
  const connection = await Connection.connect(temporalConnectionOptions(config));
  const temporal = new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: encryptedDataConverter(config.YJI_PAYLOAD_KEYS),
    interceptors: temporalClientTracing(),
  });
  const app = await createApp({
    service,
    logger: options.logger,
    logLevel: config.LOG_LEVEL,
    logStream: options.logStream,
    http: config,
    auth: authOptions(config),
    readiness: {
      postgres: async () => void (await db.$queryRawUnsafe('SELECT 1')),
      nats: async () => void (await nc.flush()),
      temporal: async () => void (await connection.healthService.check({})),
    },
  });
  const relay = startOutboxRelay(db, nc, {
    idleDelayMs: OUTBOX_SAFETY_POLL_MS,
    onError: (err) => app.log.error({ err: err.message }, 'outbox relay failed'),
    // The row stays in OutboxMessage with parkedAt set; the README (Operations, Events) says how to release it.
    onParked: (row) => app.log.error({ outbox: row }, 'outbox row parked after repeated refusals'),
    sweep: {
      keepPublishedMs: config.OUTBOX_KEEP_PUBLISHED_MS,
      // Every consumer of the service reads the event stream, so its max_age bounds any redelivery.
      processedMessagesOf: EVENT_STREAM,
      everyMs: OUTBOX_SWEEP_EVERY_MS,
      onSwept: (deleted) => app.log.info({ deleted }, 'old outbox rows and processed-message ids deleted'),
    },
  });
  const [{ schema }] = await db.$queryRawUnsafe<[{ schema: string }]>('SELECT current_schema() AS schema');
  const outboxListener = await listenForOutbox(config.DATABASE_URL, schema, relay.notify, {
    onError: (err) => app.log.error({ err: err.message }, 'outbox listener lost its connection'),
  });
  // Rows and events parked before a restart still wait for an operator: say so at every start.
  const parked = await countParkedOutboxRows(db);
  if (parked > 0)
    app.log.error({ parked }, 'outbox rows are parked and will not be published until released');
  const parkedEvents = await countParkedMessages(db);
  if (parkedEvents > 0)
    app.log.error({ parked: parkedEvents }, 'events are parked and will not be applied until replayed');
  const commands: ServedCommand[] = [];
  const consumers: { stop(): Promise<void> }[] = [];
  return {
    app,
    nc,
    temporal,
    notifyOutbox: relay.notify,
    serveCommands: (handlers) => {
      commands.push(...serveHandledCommands(handlers, nc, app.log, db, relay.notify));
    },
    consume: async (what, start) => {
      consumers.push(
        // A parked event stays in ParkedMessage; the README (Operations, Events) says how to replay it.
        await start((err, { parked, ...details }) =>
          app.log.error(
            { err: err.message, ...details },
            parked ? `${what} parked after repeated failures` : `${what} not applied`,
          ),
        ),
      );
    },
    listen: async (port) => {
      await app.listen({ host: config.HOST, port });
      return `http://${config.HOST}:${(app.server.address() as { port: number }).port}`;
    },
    stop: async () => {
      await app.close();
      // Commands taken are answered before the database goes: a handler cut off would leave its sender to
      // time out and send it again.
      await Promise.all(commands.map((served) => served.stop()));
      for (const consumer of consumers) await consumer.stop();
      await outboxListener.close();
      await relay.stop();
      await nc.drain();
      await connection.close();
      await db.$disconnect();
      await telemetry.shutdown();
    },
  };
}
