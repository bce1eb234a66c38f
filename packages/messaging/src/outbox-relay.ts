// Publishes a service's outbox to JetStream with Nats-Msg-Id = outbox row id, so a row published twice
// (a crash between publish and commit) is stored once.
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { relayBatch, type OutboxRow, type TransactionalClient } from '@yji/db';

export interface OutboxRelayOptions {
  batchSize?: number;
  idleDelayMs?: number;
  onError?: (error: Error) => void;
}

export async function publishOutboxRows(nc: NatsConnection, rows: OutboxRow[]): Promise<void> {
  const js = jetstream(nc);
  for (const row of rows) {
    await js.publish(row.subject, JSON.stringify(row.payload), { msgID: row.id });
  }
}

export function startOutboxRelay(
  db: TransactionalClient,
  nc: NatsConnection,
  options: OutboxRelayOptions = {},
) {
  const { batchSize = 100, idleDelayMs = 200, onError = () => {} } = options;
  let running = true;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      let published = 0;
      try {
        published = await relayBatch(db, batchSize, (rows) => publishOutboxRows(nc, rows));
      } catch (error) {
        onError(error as Error);
      }
      if (published < batchSize && running) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, idleDelayMs);
        });
      }
    }
  })();
  return {
    /** Call after committing an outbox row to publish it without waiting for the next poll. */
    notify: () => wake?.(),
    stop: async () => {
      running = false;
      wake?.();
      await loop;
    },
  };
}
