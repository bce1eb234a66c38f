// The outbox against real PostgreSQL and JetStream: a row published twice is stored once, and a consumer
// handles a redelivered event once.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { inspectionCreated } from '@yji/contracts';
import { appendToOutbox, claimOutboxRows, markOutboxPublished } from '@yji/db';
import { ensureStream, publishOutboxRows, startIdempotentConsumer } from '@yji/messaging';
import { createDb } from '../src/db.ts';
import { useDatabaseAndEventStream } from '../../../tests/harness/database-and-events.ts';

describe('outbox and idempotent consumer', () => {
  const components = useDatabaseAndEventStream(createDb, 'yji-outbox-test');

  it('publishing the same outbox row twice delivers one message', async () => {
    const { db, nc } = components();
    const inspectionId = randomUUID();
    const payload = { inspectionId, yjsCode: 'DUP-01', fieldworkStart: '2026-12-07' };
    await db.$transaction((tx) => appendToOutbox(tx, inspectionCreated.subject, payload));
    const rows = await db.$queryRawUnsafe<{ id: string; subject: string; payload: unknown }[]>(
      `SELECT id::text AS id, subject, payload FROM "OutboxMessage" WHERE payload->>'inspectionId' = $1`,
      inspectionId,
    );
    expect(rows).toHaveLength(1);

    // As if the relay crashed after publishing and before committing: the same row goes out again.
    await publishOutboxRows(nc, rows);
    await publishOutboxRows(nc, rows);
    // Then the relay's own round: claimed, published, marked. (A service's relay running beside this test
    // on the same database may claim the row first; it publishes it the same way.)
    const claimed = await claimOutboxRows(db, 1000, 60_000);
    await publishOutboxRows(nc, claimed);
    await markOutboxPublished(
      db,
      claimed.map((row) => row.id),
    );
    for (let tries = 0; tries < 100; tries++) {
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0]!.id } });
      if (row.publishedAt) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const js = jetstream(nc);
    const consumer = await js.consumers.get('YJI_EVENTS', { filter_subjects: inspectionCreated.subject });
    const pending = (await consumer.info(true)).num_pending;
    const messages = await consumer.fetch({ max_messages: pending, expires: 2000 });
    let copies = 0;
    let seen = 0;
    for await (const message of messages) {
      if ((message.json() as { inspectionId: string }).inspectionId === inspectionId) {
        copies += 1;
        expect(message.headers?.get('Nats-Msg-Id')).toBe(rows[0]!.id);
      }
      if (++seen === pending) break;
    }
    expect(copies).toBe(1);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0]!.id } });
    expect(row.publishedAt).not.toBeNull();
  });

  it('a consumer handles a redelivered event once', async () => {
    const { db, nc } = components();
    // A stream of our own with a tiny de-duplication window, so the same message id can be stored twice:
    // what a consumer sees when a relay republishes after the window, or the server redelivers.
    const stream = `TEST_${randomUUID().replace(/-/g, '')}`;
    const subject = `test.${stream}.happened`;
    await ensureStream(nc, { name: stream, subjects: [subject], duplicate_window: nanos(100) });
    const js = jetstream(nc);
    const messageId = randomUUID();
    await js.publish(subject, JSON.stringify({ n: 1 }), { msgID: messageId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await js.publish(subject, JSON.stringify({ n: 1 }), { msgID: messageId });
    expect(second.duplicate).toBe(false);

    const handled: number[] = [];
    const consumer = await startIdempotentConsumer(db, nc, {
      stream,
      durable: `test-${stream}`,
      subjects: [subject],
      payload: z.object({ n: z.number() }),
      handle: async (payload) => {
        handled.push(payload.n);
      },
    });
    const jsm = await jetstreamManager(nc);
    const deadline = Date.now() + 10_000;
    while ((await jsm.consumers.info(stream, `test-${stream}`)).ack_floor.stream_seq < 2) {
      if (Date.now() > deadline) throw new Error('consumer did not acknowledge both messages');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await consumer.stop();
    expect(handled).toEqual([1]);
    const processed = await db.processedMessage.findMany({ where: { consumer: `test-${stream}` } });
    expect(processed.map((row) => row.messageId)).toEqual([messageId]);
    await jsm.streams.delete(stream);
  });
});
