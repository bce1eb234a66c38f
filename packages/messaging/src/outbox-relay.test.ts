// The outbox relay against a private nats-server that is stopped for longer than the stream's
// de-duplication window and started again, and a real PostgreSQL table of the shared outbox shape: every
// row reaches the stream exactly once, rows the broker refuses are retried with backoff and parked after
// the limit without holding back the others, and no transaction stays open while the relay publishes. Now
// and then it deletes published rows past their keeping and processed-message ids older than the stream
// keeps events, in bounded batches.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type pg from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { appendToOutbox, countParkedOutboxRows, listenForOutbox, type RawSql } from '@yji/db';
import { freePort, natsServer } from './nats-server.testing.ts';
import { connectNats, type NatsConnection } from './connection.ts';
import { ensureStream } from './event-stream.ts';
import { startOutboxRelay } from './outbox-relay.ts';
import { sharedTablesSchema, type SharedTablesSchema } from './shared-tables-schema.testing.ts';
import { rawSql, sleep, until } from './sql-under-test.testing.ts';

const DUPLICATE_WINDOW_MS = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const suffix = randomUUID().slice(0, 8);
const STREAM = `RELAY_TEST_${suffix}`;
/** A stream that keeps its messages two seconds, for the sweep of processed-message ids. */
const AGED_STREAM = `RELAY_AGED_${suffix}`;
const AGED_STREAM_MAX_AGE_MS = 2000;
const SUBJECT = `test.relay.${suffix}`;
const schema = `relay_test_${suffix}`;

/** A nats-server with JetStream on `port`, its store in `storeDir`, so a restart keeps the stream. */
function privateNats(port: number, storeDir: string) {
  let child: ChildProcess | undefined;
  return {
    port,
    start: () => {
      child = spawn(natsServer(), ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
        stdio: 'ignore',
      });
    },
    /** Killed, as a crash would: no goodbye to the clients. */
    stop: () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

let tables: SharedTablesSchema;
let admin: pg.Pool;
let pool: pg.Pool;
let db: RawSql;
let nats: ReturnType<typeof privateNats>;
let nc: NatsConnection;
let storeDir: string;

beforeAll(async () => {
  tables = await sharedTablesSchema(inject('databaseUrl'), schema, ['OutboxMessage', 'ProcessedMessage']);
  ({ admin, pool } = tables);
  db = rawSql(pool);
  storeDir = mkdtempSync(join(tmpdir(), 'yji-relay-nats-'));
  nats = privateNats(await freePort(), storeDir);
  nats.start();
  for (let tries = 0; !nc; tries++) {
    try {
      nc = await connectNats(`nats://127.0.0.1:${nats.port}`, 'yji-relay-test');
    } catch (error) {
      if (tries > 100) throw error;
      await sleep(100);
    }
  }
  await ensureStream(nc, {
    name: STREAM,
    subjects: [`${SUBJECT}.>`],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensureStream(nc, {
    name: AGED_STREAM,
    subjects: [`aged.${suffix}.>`],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    max_age: nanos(AGED_STREAM_MAX_AGE_MS),
  });
}, 60_000);

afterAll(async () => {
  await nc?.close();
  await nats?.stop();
  await tables?.drop();
  rmSync(storeDir, { recursive: true, force: true });
});

const append = async (count: number, subject = `${SUBJECT}.happened`) => {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await appendToOutbox(db, subject, { n: i }));
  return ids;
};

const unpublished = async () =>
  (
    await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "publishedAt" IS NULL`,
    )
  ).rows[0]!.n;

/** Every message in the test stream, by its Nats-Msg-Id. */
async function storedIds(): Promise<string[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(STREAM);
  const ids: string[] = [];
  for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
    const message = await jsm.streams.getMessage(STREAM, { seq }).catch(() => null);
    const id = message?.header.get('Nats-Msg-Id');
    if (id) ids.push(id);
  }
  return ids;
}

describe('the outbox relay', () => {
  it('loses nothing and repeats nothing while NATS is down for longer than the de-duplication window', async () => {
    const relay = startOutboxRelay(db, nc, {
      idleDelayMs: 50,
      leaseMs: 5000,
      publishTimeoutMs: 500,
      backoffMs: 100,
    });
    const before = await append(50);
    await until('the first rows published', async () => (await unpublished()) === 0);

    await nats.stop();
    const during = await append(50);
    // The relay keeps trying: longer than the window, so a row sent twice would now be stored twice.
    await sleep(DUPLICATE_WINDOW_MS * 3);
    expect(await unpublished()).toBe(50);
    const attempts = await pool.query<{ n: number }>(`SELECT max(attempts)::int AS n FROM "OutboxMessage"`);
    expect(attempts.rows[0]!.n, 'an outage counts no attempt against a row').toBe(0);

    nats.start();
    const after = await append(50);
    await until('every row published after the restart', async () => (await unpublished()) === 0, 60_000);
    await relay.stop();

    const stored = await storedIds();
    const all = [...before, ...during, ...after];
    expect(stored.length).toBe(all.length);
    expect(new Set(stored)).toEqual(new Set(all));
    expect(relay.counts().outages).toBeGreaterThan(0);
    expect(relay.counts().parked).toBe(0);
  }, 120_000);

  it('retries a row the broker refuses with backoff, parks it after the limit, and publishes the rest', async () => {
    const parked: string[] = [];
    const relay = startOutboxRelay(db, nc, {
      idleDelayMs: 20,
      publishTimeoutMs: 500,
      backoffMs: 50,
      maxAttempts: 3,
      onParked: (row) => parked.push(row.id),
    });
    // No stream captures this subject: the broker answers that nobody listens, every time.
    const [poison] = await append(1, `test.nowhere.${suffix}`);
    const rest = await append(20);
    await until('the row parked', async () => parked.length === 1, 30_000);
    await until('the others published', async () => (await unpublished()) === 1);
    await relay.stop();

    expect(parked).toEqual([poison]);
    expect(await countParkedOutboxRows(db)).toBe(1);
    const row = await pool.query(
      `SELECT attempts, "lastError", "publishedAt" FROM "OutboxMessage" WHERE id = $1`,
      [poison],
    );
    expect(row.rows[0]).toMatchObject({ attempts: 3, publishedAt: null });
    expect(row.rows[0].lastError).toEqual(expect.any(String));
    const stored = new Set(await storedIds());
    for (const id of rest) expect(stored.has(id)).toBe(true);
    expect(relay.counts()).toMatchObject({ parked: 1, failed: 3 });
  }, 60_000);

  it('wakes when a transaction adding rows commits (LISTEN/NOTIFY), not on a rollback, with a slow poll', async () => {
    const relay = startOutboxRelay(db, nc, { idleDelayMs: 60_000 });
    let announced = 0;
    const listener = await listenForOutbox(inject('databaseUrl'), schema, () => {
      announced += 1;
      relay.notify();
    });
    const waiting = async () =>
      (
        await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "publishedAt" IS NULL AND "parkedAt" IS NULL`,
        )
      ).rows[0]!.n;
    try {
      await until('the relay idle on its slow poll', async () => (await waiting()) === 0);
      await sleep(200);
      const writer = await pool.connect();
      const inTransaction = rawSql(writer);
      try {
        await writer.query('BEGIN');
        await appendToOutbox(inTransaction, `${SUBJECT}.rolled-back`, { n: 0 });
        await writer.query('ROLLBACK');
        await writer.query('BEGIN');
        const [id] = [await appendToOutbox(inTransaction, `${SUBJECT}.happened`, { n: 1 })];
        await appendToOutbox(inTransaction, `${SUBJECT}.happened`, { n: 2 });
        await sleep(300);
        expect(announced).toBe(0);
        const committedAt = Date.now();
        await writer.query('COMMIT');
        await until('published on commit', async () => (await waiting()) === 0, 5000);
        expect(Date.now() - committedAt).toBeLessThan(5000);
        expect(new Set(await storedIds()).has(id!)).toBe(true);
        expect(announced).toBe(1); // two rows, one transaction: one announcement
      } finally {
        writer.release();
      }
    } finally {
      await listener.close();
      await relay.stop();
    }
  }, 30_000);

  it('holds no transaction open while it waits for the broker', async () => {
    await nats.stop();
    const relay = startOutboxRelay(db, nc, { idleDelayMs: 20, publishTimeoutMs: 2000 });
    await append(5);
    await sleep(1000);
    const open = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()
          AND state LIKE 'idle in transaction%' AND query ILIKE '%OutboxMessage%'`,
    );
    nats.start();
    await until('published after the restart', async () => (await unpublished()) <= 1, 60_000);
    await relay.stop();
    expect(open.rows[0]!.n).toBe(0);
  }, 90_000);
});

describe('the outbox relay’s sweep', () => {
  const SWEPT = `${SUBJECT}.sweep`;

  /** An outbox row published (or, with `published` false, added and parked) `ageDays` ago. */
  const oldRow = (subject: string, ageDays: number, state: 'published' | 'parked' | 'waiting') =>
    pool.query(
      `INSERT INTO "OutboxMessage" (id, subject, payload, "createdAt", "publishedAt", "parkedAt", attempts)
       VALUES ($1, $2, '{}', now() - $3::float * interval '1 day',
               CASE WHEN $4 = 'published' THEN now() - $3::float * interval '1 day' END,
               CASE WHEN $4 = 'parked' THEN now() - $3::float * interval '1 day' END,
               CASE WHEN $4 = 'parked' THEN 20 ELSE 0 END)`,
      [randomUUID(), subject, ageDays, state],
    );
  const processedRow = (messageId: string, ageDays: number) =>
    pool.query(
      `INSERT INTO "ProcessedMessage" (consumer, "messageId", "processedAt")
       VALUES ('a-consumer', $1, now() - $2::float * interval '1 day')`,
      [messageId, ageDays],
    );
  const sweptRows = async () =>
    (
      await pool.query<{ subject: string; published: boolean }>(
        `SELECT subject, "publishedAt" IS NOT NULL AS published FROM "OutboxMessage"
          WHERE subject LIKE $1 || '%' ORDER BY subject`,
        [SWEPT],
      )
    ).rows;
  const processedIds = async () =>
    (
      await pool.query<{ messageId: string }>('SELECT "messageId" FROM "ProcessedMessage" ORDER BY 1')
    ).rows.map((r) => r.messageId);

  beforeEach(async () => {
    await pool.query(`DELETE FROM "OutboxMessage" WHERE subject LIKE $1 || '%'`, [SWEPT]);
    await pool.query('TRUNCATE "ProcessedMessage"');
  });

  it('deletes rows published longer ago than kept and ids older than the stream keeps events, a few batches a sweep', async () => {
    for (let i = 0; i < 15; i++)
      await oldRow(`${SWEPT}.old-${String(i).padStart(2, '0')}`, 8 + i, 'published');
    await oldRow(`${SWEPT}.parked`, 30, 'parked');
    await oldRow(`${SWEPT}.waiting`, 30, 'waiting'); // published now, so kept
    await oldRow(`${SWEPT}.recent`, 6, 'published');
    for (let i = 0; i < 4; i++) await processedRow(`beyond-the-stream-${i}`, 2); // max_age 2 s + a day's margin
    await processedRow('within-the-margin', 0.5);

    const sweeps: { published: number; processed: number }[] = [];
    const relay = startOutboxRelay(db, nc, {
      idleDelayMs: 20,
      sweep: {
        keepPublishedMs: 7 * DAY_MS,
        processedMessagesOf: AGED_STREAM,
        everyMs: 100,
        batchSize: 3,
        maxBatches: 2,
        onSwept: (deleted) => sweeps.push(deleted),
      },
    });
    try {
      await until('every old row swept', async () => relay.counts().deletedPublished === 15);
      await until('the next sweep, with nothing left', async () => relay.counts().sweeps >= 4);
    } finally {
      await relay.stop();
    }

    // At most batchSize × maxBatches rows of each table a sweep; a sweep that deletes nothing says nothing.
    expect(sweeps).toEqual([
      { published: 6, processed: 4 },
      { published: 6, processed: 0 },
      { published: 3, processed: 0 },
    ]);
    expect(await sweptRows()).toEqual([
      { subject: `${SWEPT}.parked`, published: false },
      { subject: `${SWEPT}.recent`, published: true },
      { subject: `${SWEPT}.waiting`, published: true },
    ]);
    expect(await processedIds()).toEqual(['within-the-margin']);
    expect(relay.counts()).toMatchObject({ deletedPublished: 15, deletedProcessed: 4 });
  });

  it('keeps every processed-message id while the stream keeps events for ever', async () => {
    await processedRow('a-year-ago', 365);
    const relay = startOutboxRelay(db, nc, {
      idleDelayMs: 20,
      sweep: { keepPublishedMs: 7 * DAY_MS, processedMessagesOf: STREAM, everyMs: 50 },
    });
    try {
      await until('two sweeps', async () => relay.counts().sweeps >= 2);
    } finally {
      await relay.stop();
    }
    expect(await processedIds()).toEqual(['a-year-ago']);
    expect(relay.counts().deletedProcessed).toBe(0);
  });

  it('sweeps on its own timer, not on every loop, and stops without waiting for it', async () => {
    await oldRow(`${SWEPT}.old`, 8, 'published');
    await processedRow('a-year-ago', 365);
    const relay = startOutboxRelay(db, nc, {
      idleDelayMs: 10,
      sweep: { keepPublishedMs: 7 * DAY_MS, processedMessagesOf: AGED_STREAM, everyMs: 60_000 },
    });
    await append(3, `${SWEPT}.new`);
    await sleep(500);
    const stopping = Date.now();
    await relay.stop();
    expect(Date.now() - stopping).toBeLessThan(1000);
    expect(relay.counts()).toMatchObject({ sweeps: 0, deletedPublished: 0, published: 3 });
    expect((await sweptRows()).map((r) => r.subject)).toContain(`${SWEPT}.old`);
    expect(await processedIds()).toEqual(['a-year-ago']);
  });
});
