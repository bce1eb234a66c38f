// The idempotent consumer against the real JetStream (a stream of this file's own) and PostgreSQL tables of
// the shared shape (a schema of its own): an event whose handler always fails is delivered the policy's
// number of times with growing waits, then parked (kept, counted) while later events flow; an event that
// fails twice then succeeds takes effect once; an operator's replay applies a parked event once; and a
// durable an earlier release made, holding an event delivered past the limit, parks it at once. The same
// for a consumer whose effect is one statement with its processed-message row (effect-statement.ts), which
// may be made by slow work while no connection is held. An event handled for longer than its ack wait is not
// delivered again meanwhile.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type pg from 'pg';
import { z } from 'zod';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { countParkedMessages, type RawSql, type TransactionalClient } from '@yji/db';
import { connectNats, type NatsConnection } from './connection.ts';
import { ensureStream } from './event-stream.ts';
import { startIdempotentConsumer, type ConsumerFailure } from './idempotent-consumer.ts';
import type { RedeliveryPolicy } from './redelivery.ts';
import { sharedTablesSchema, type SharedTablesSchema } from './shared-tables-schema.testing.ts';
import { sleep, transactional, until } from './sql-under-test.testing.ts';

const suffix = randomUUID().slice(0, 8);
const STREAM = `CONSUMER_TEST_${suffix}`;
const SUBJECT = `test.consumer.${suffix}`;
const schema = `consumer_test_${suffix}`;
const POLICY: RedeliveryPolicy = { maxDeliveries: 4, backoffMs: 300, maxBackoffMs: 1000 };
const Payload = z.object({ n: z.number() });

let tables: SharedTablesSchema;
let admin: pg.Pool;
let pool: pg.Pool;
let db: TransactionalClient;
let nc: NatsConnection;

beforeAll(async () => {
  // The consumer's tables exactly as the services' migrations make them, and a table for the effect.
  tables = await sharedTablesSchema(inject('databaseUrl'), schema, ['ProcessedMessage', 'ParkedMessage']);
  ({ admin, pool } = tables);
  await pool.query(`CREATE TABLE "Effect" (n int NOT NULL)`);
  db = transactional(pool);
  nc = await connectNats(inject('natsUrl'), 'yji-consumer-test');
  await ensureStream(nc, { name: STREAM, subjects: [`${SUBJECT}.>`] });
});

afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(STREAM).catch(() => {});
  await nc?.close();
  await tables?.drop();
});

const effects = async (n: number) =>
  (await pool.query<{ c: number }>('SELECT count(*)::int AS c FROM "Effect" WHERE n = $1', [n])).rows[0]!.c;
const parkedRows = async (durable: string) =>
  (await pool.query('SELECT * FROM "ParkedMessage" WHERE consumer = $1', [durable])).rows;

async function publish(topic: string, body: string) {
  const id = randomUUID();
  await jetstream(nc).publish(`${SUBJECT}.${topic}`, body, { msgID: id });
  return id;
}

/** What every test's consumer on `topic` is: its durable, stream, subject and policies. */
const consumerOptions = (topic: string, replayPollMs: number) => ({
  durable: `consumer-test-${topic}-${suffix}`,
  stream: STREAM,
  subjects: [`${SUBJECT}.${topic}`],
  payload: Payload,
  redelivery: POLICY,
  replayPollMs,
});

/** A consumer on `topic` whose handler records each delivery's number and time, then does `behave`. */
async function handlingConsumerOn(
  topic: string,
  behave: (n: number, attempt: number, tx: RawSql) => Promise<void>,
  replayPollMs = 60_000,
) {
  const attempts = new Map<number, number[]>();
  const failures: ConsumerFailure[] = [];
  const { durable, ...on } = consumerOptions(topic, replayPollMs);
  const consumer = await startIdempotentConsumer(db, nc, {
    ...on,
    durable,
    onError: (_error, details) => failures.push(details),
    handle: async ({ n }, tx) => {
      const times = attempts.get(n) ?? [];
      times.push(Date.now());
      attempts.set(n, times);
      await behave(n, times.length, tx);
    },
  });
  return { durable, attempts, failures, consumer };
}

const record = async (n: number, tx: RawSql) =>
  void (await tx.$executeRawUnsafe('INSERT INTO "Effect" (n) VALUES ($1)', n));
/** An operator asks for the parked event `id` (payload n) to be replayed: it takes effect, once. */
async function expectReplayedOnce(id: string, n: number) {
  await pool.query('UPDATE "ParkedMessage" SET "replayRequestedAt" = now() WHERE "messageId" = $1', [id]);
  await until('the event applied', async () => (await effects(n)) === 1);
  await sleep(500);
  expect(await effects(n)).toBe(1);
}
const refuse = () =>
  Promise.reject(Object.assign(new Error('this handler cannot apply it'), { code: 'E_TEST' }));

describe('an idempotent consumer', () => {
  it('delivers an event that always fails the allowed number of times, waiting longer each time, then parks it while later events flow', async () => {
    const { durable, attempts, failures, consumer } = await handlingConsumerOn('poison', (n, _attempt, tx) =>
      n === 0 ? refuse() : record(n, tx),
    );
    try {
      const poison = await publish('poison', JSON.stringify({ n: 0 }));
      for (const n of [1, 2, 3]) await publish('poison', JSON.stringify({ n }));
      await until('the later events applied', async () => (await effects(3)) === 1);
      expect(attempts.get(0)!.length, 'later events wait for no retry').toBeLessThan(POLICY.maxDeliveries);

      await until('the event parked', async () => (await parkedRows(durable)).length === 1);
      // Nothing delivers it again.
      await sleep(POLICY.maxBackoffMs * 2);
      const times = attempts.get(0)!;
      expect(times).toHaveLength(POLICY.maxDeliveries);
      const waits = times.slice(1).map((at, i) => at - times[i]!);
      // 300, 600, 1000 (the bound): each at least its backoff, and growing.
      [300, 600, 1000].forEach((backoff, i) => expect(waits[i]).toBeGreaterThanOrEqual(backoff - 20));
      expect(waits[1]).toBeGreaterThan(waits[0]!);
      expect(waits[2]).toBeGreaterThan(waits[1]!);

      expect(await parkedRows(durable)).toEqual([
        expect.objectContaining({
          consumer: durable,
          messageId: poison,
          subject: `${SUBJECT}.poison`,
          payload: { n: 0 },
          deliveries: POLICY.maxDeliveries,
          lastError: 'E_TEST',
          replayRequestedAt: null,
        }),
      ]);
      expect(await countParkedMessages(db)).toBeGreaterThanOrEqual(1);
      expect(failures.map((failure) => failure.parked)).toEqual([false, false, false, true]);
      for (const n of [1, 2, 3]) expect(await effects(n)).toBe(1);
      const info = await (await jetstreamManager(nc)).consumers.info(STREAM, durable);
      expect(info.num_ack_pending + info.num_pending).toBe(0);
    } finally {
      await consumer.stop();
    }
  }, 60_000);

  it('keeps an event it is still handling past its ack wait from being delivered again (and parked as exhausted)', async () => {
    const failures: ConsumerFailure[] = [];
    const on = consumerOptions('slower-than-ack-wait', 60_000);
    let handled = 0;
    const consumer = await startIdempotentConsumer(db, nc, {
      ...on,
      // One delivery allowed: any second one would be parked unhandled.
      redelivery: { ...POLICY, maxDeliveries: 1 },
      ackWaitMs: 1_000,
      takesAtOnce: 1,
      onError: (_error, details) => failures.push(details),
      handle: async ({ n }, tx) => {
        handled += 1;
        // Five ack waits: the server redelivers an unanswered event only after a couple of them.
        await sleep(5_000);
        await record(n, tx);
      },
    });
    try {
      await publish('slower-than-ack-wait', JSON.stringify({ n: 70 }));
      await until('the event applied', async () => (await effects(70)) === 1);
      await sleep(1_500);
      expect(handled).toBe(1);
      expect(failures).toEqual([]);
      expect(await parkedRows(on.durable)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 30_000);

  it('applies once an event whose handler fails twice, then succeeds', async () => {
    const { durable, attempts, consumer } = await handlingConsumerOn('flaky', (n, attempt, tx) =>
      attempt <= 2 ? refuse() : record(n, tx),
    );
    try {
      await publish('flaky', JSON.stringify({ n: 10 }));
      await until('the event applied', async () => (await effects(10)) === 1);
      await sleep(POLICY.maxBackoffMs);
      expect(attempts.get(10)).toHaveLength(3);
      expect(await effects(10)).toBe(1);
      expect(await parkedRows(durable)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 30_000);

  it('parks a payload off its schema at once, and applies a parked event once when an operator asks', async () => {
    let fixed = false;
    const { durable, attempts, consumer } = await handlingConsumerOn(
      'replay',
      (n, _attempt, tx) => (fixed ? record(n, tx) : refuse()),
      100,
    );
    try {
      await publish('replay', 'not json');
      await publish('replay', JSON.stringify({ n: 'twenty' }));
      const id = await publish('replay', JSON.stringify({ n: 20 }));
      await until('three events parked', async () => (await parkedRows(durable)).length === 3);
      const byId = new Map((await parkedRows(durable)).map((row) => [row.messageId, row]));
      const offSchema = [...byId.values()].filter((row) => row.lastError === 'payload-invalid');
      expect(offSchema.map((row) => row.deliveries)).toEqual([1, 1]);
      expect(byId.get(id)).toMatchObject({ deliveries: POLICY.maxDeliveries, lastError: 'E_TEST' });

      // Replayed before the cause is fixed: it stays parked, with the failure.
      await pool.query('UPDATE "ParkedMessage" SET "replayRequestedAt" = now() WHERE "messageId" = $1', [id]);
      await until('the replay tried', async () => attempts.get(20)!.length === POLICY.maxDeliveries + 1);
      await until('the request cleared', async () =>
        (await parkedRows(durable)).some((row) => row.messageId === id && row.replayRequestedAt === null),
      );
      expect(await effects(20)).toBe(0);

      fixed = true;
      await expectReplayedOnce(id, 20);
      expect((await parkedRows(durable)).map((row) => row.messageId)).not.toContain(id);
    } finally {
      await consumer.stop();
    }
  }, 60_000);

  it('takes over a durable an earlier release made, parking at once an event it delivered past the limit', async () => {
    const jsm = await jetstreamManager(nc);
    const durable = `consumer-test-upgrade-${suffix}`;
    // As the earlier release made it: unlimited deliveries, the server's default acknowledgement wait.
    await jsm.consumers.add(STREAM, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      filter_subject: `${SUBJECT}.upgrade`,
      max_deliver: -1,
    });
    const id = await publish('upgrade', JSON.stringify({ n: 30 }));
    // The earlier release failed it more often than the limit allows now.
    const earlier = await jetstream(nc).consumers.get(STREAM, durable);
    for (let delivered = 0; delivered < POLICY.maxDeliveries + 1; delivered++) {
      const message = await earlier.next({ expires: 5000 });
      expect(message?.info.deliveryCount).toBe(delivered + 1);
      message!.nak();
    }

    let handled = 0;
    const { consumer } = await handlingConsumerOn('upgrade', async () => void (handled += 1));
    try {
      await until('the event parked', async () => (await parkedRows(durable)).length === 1);
      expect((await parkedRows(durable))[0]).toMatchObject({
        messageId: id,
        deliveries: POLICY.maxDeliveries + 2,
        lastError: 'deliveries-exhausted',
      });
      expect(handled).toBe(0);
      const { config } = await jsm.consumers.info(STREAM, durable);
      expect(config.ack_wait).toBe(10_000 * 1_000_000);
      expect(config.max_deliver).toBe(-1);
    } finally {
      await consumer.stop();
    }
  }, 60_000);
});

describe('an idempotent consumer whose effect is one statement', () => {
  /** Records n, or fails the statement (a division by zero) while `failing(n)` says so. */
  async function statementConsumerOn(topic: string, failing: (n: number) => boolean) {
    const on = consumerOptions(topic, 100);
    const consumer = await startIdempotentConsumer(db, nc, {
      ...on,
      statement: ({ n }) => ({
        sql: `INSERT INTO "Effect" (n) SELECT $3::int / $4::int WHERE EXISTS (SELECT 1 FROM processed)`,
        params: [n, failing(n) ? 0 : 1],
      }),
    });
    return { durable: on.durable, consumer };
  }

  it('applies an event once when its statement failed before (no processed row left behind)', async () => {
    let attempts = 0;
    const { consumer } = await statementConsumerOn('statement-flaky', () => (attempts += 1) <= 2);
    try {
      await publish('statement-flaky', JSON.stringify({ n: 40 }));
      await until('the event applied', async () => (await effects(40)) === 1);
      await sleep(POLICY.maxBackoffMs);
      expect(attempts).toBe(3);
      expect(await effects(40)).toBe(1);
    } finally {
      await consumer.stop();
    }
  }, 30_000);

  it('makes a statement that needs slow work (a report printed) before any transaction, for a delivery and a replay', async () => {
    // A pool of the consumer's own, so its transactions can be told from the test's queries.
    const application = `consumer-slow-${suffix}`;
    const consumerPool = tables.poolOnSchema({ max: 2, application_name: application });
    // How many of the consumer's transactions were open while each statement was being made.
    const openWhileMaking: number[] = [];
    let failing = true;
    const on = consumerOptions('statement-slow', 100);
    const consumer = await startIdempotentConsumer(transactional(consumerPool), nc, {
      ...on,
      statement: async ({ n }) => {
        await sleep(200);
        const { rows } = await admin.query<{ open: number }>(
          `SELECT count(*)::int AS open FROM pg_stat_activity
            WHERE application_name = $1 AND xact_start IS NOT NULL AND state <> 'active'`,
          [application],
        );
        openWhileMaking.push(rows[0]!.open);
        return {
          sql: `INSERT INTO "Effect" (n) SELECT $3::int / $4::int WHERE EXISTS (SELECT 1 FROM processed)`,
          params: [n, failing ? 0 : 1],
        };
      },
    });
    try {
      const id = await publish('statement-slow', JSON.stringify({ n: 60 }));
      await until('the failing event parked', async () => (await parkedRows(on.durable)).length === 1);
      failing = false;
      await expectReplayedOnce(id, 60);
      await publish('statement-slow', JSON.stringify({ n: 61 }));
      await until('the event applied', async () => (await effects(61)) === 1);
      // Every delivery of the first event, its replay and the second event's delivery.
      expect(openWhileMaking).toEqual(Array(POLICY.maxDeliveries + 2).fill(0));
    } finally {
      await consumer.stop();
      await consumerPool.end();
    }
  }, 60_000);

  it('skips an event already processed, and applies a parked one once when an operator asks', async () => {
    let fixed = false;
    const { durable, consumer } = await statementConsumerOn('statement-replay', (n) => n === 51 && !fixed);
    try {
      // As a redelivery after the ack was lost: the event's row is there already.
      const seen = randomUUID();
      await pool.query('INSERT INTO "ProcessedMessage" (consumer, "messageId") VALUES ($1, $2)', [
        durable,
        seen,
      ]);
      await jetstream(nc).publish(`${SUBJECT}.statement-replay`, JSON.stringify({ n: 50 }), { msgID: seen });
      // Handled in order: parked, this one was delivered after the one before.
      const id = await publish('statement-replay', JSON.stringify({ n: 51 }));
      await until('the failing event parked', async () => (await parkedRows(durable)).length === 1);
      expect(await effects(50)).toBe(0);
      expect(await effects(51)).toBe(0);

      fixed = true;
      await expectReplayedOnce(id, 51);
      expect(await parkedRows(durable)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  }, 60_000);
});
