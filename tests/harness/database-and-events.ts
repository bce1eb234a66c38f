// For a service's tests of its messaging parts (outbox, consumers) without the service itself: a client of
// its database and a NATS connection of their own, with the event stream there as a running service makes it.
import { afterAll, beforeAll, inject } from 'vitest';
import { connectNats, ensureEventStream, type NatsConnection } from '@yji/messaging';
import './provided.ts';

/**
 * For one file's tests: `createDb`'s client of the global setup's database and a NATS connection named
 * `natsName`, both made before the tests and closed after them; read them inside a test.
 */
export function useDatabaseAndEventStream<Db extends { $disconnect(): Promise<unknown> }>(
  createDb: (databaseUrl: string) => Db,
  natsName: string,
) {
  const made: { db?: Db; nc?: NatsConnection } = {};
  beforeAll(async () => {
    made.db = createDb(inject('databaseUrl'));
    made.nc = await connectNats(inject('natsUrl'), natsName);
    await ensureEventStream(made.nc);
  });
  afterAll(async () => {
    await made.nc?.drain();
    await made.db?.$disconnect();
  });
  return () => ({ db: made.db!, nc: made.nc! });
}
