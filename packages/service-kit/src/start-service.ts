// An API service assembled from its parts on the runtime every service stands on (service-runtime.ts): its
// routes, the commands it answers, its durable consumers and its periodic chores. Each service's service.ts
// says only what its parts are; main.ts runs it, tests start it in-process.
import type { EventConsumerOptions, HandledCommand, NatsConnection } from '@yji/messaging';
import type { CommonConfig } from './config.ts';
import type { LogStream } from './logger.ts';
import { startServiceRuntime, type ServiceDb, type ServiceRuntime } from './service-runtime.ts';

export interface ServiceConsumer<Db extends ServiceDb> {
  /** What it consumes, for its logs (`<what> not applied`). */
  what: string;
  /** Its durable name in this database (durableName). */
  durable: (databaseUrl: string) => string;
  start: (db: Db, nc: NatsConnection, options: EventConsumerOptions) => Promise<{ stop(): Promise<void> }>;
}

/** Work the service does every `everyMs` until it stops; a failure is logged as `<what> failed`. */
export interface ServiceChore {
  what: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

export interface ServiceParts<Db extends ServiceDb> {
  routes: (runtime: ServiceRuntime<Db>) => void | Promise<void>;
  commands: readonly HandledCommand<Db>[];
  consumers: (runtime: ServiceRuntime<Db>) => readonly ServiceConsumer<Db>[];
  chores?: readonly ServiceChore[];
}

export async function startService<Db extends ServiceDb>(
  service: string,
  config: CommonConfig & { PORT: number },
  db: Db,
  options: { logger?: boolean; logStream?: LogStream },
  parts: ServiceParts<Db>,
) {
  const runtime = await startServiceRuntime(service, config, db, options);
  const { app, nc, temporal } = runtime;
  await parts.routes(runtime);
  runtime.serveCommands(parts.commands);
  for (const { what, durable, start } of parts.consumers(runtime)) {
    await runtime.consume(what, (onError) =>
      start(db, nc, { durable: durable(config.DATABASE_URL), onError }),
    );
  }
  const chores = (parts.chores ?? []).map(({ what, everyMs, run }) =>
    setInterval(() => {
      run().catch((error: Error) => app.log.error({ err: { message: error.message } }, `${what} failed`));
    }, everyMs).unref(),
  );
  return {
    app,
    db,
    nc,
    temporal,
    url: await runtime.listen(config.PORT),
    stop: async () => {
      for (const chore of chores) clearInterval(chore);
      await runtime.stop();
    },
  };
}
