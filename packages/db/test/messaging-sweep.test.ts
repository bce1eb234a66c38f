// What the outbox relay's sweep deletes, on tables of the services' shape in the real PostgreSQL: published
// outbox rows past their keeping, never one unpublished or parked, and processed-message ids past theirs;
// each DELETE bounded, oldest first. And every service's schema has the index that finds the old ids.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { deleteProcessedMessagesBefore, deletePublishedOutboxRows, type RawSql } from '../src/index.ts';
import { servicesWithData } from './services.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const schema = `sweep_test_${randomUUID().slice(0, 8)}`;

let admin: pg.Client;
let pool: pg.Pool;
let db: RawSql;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  for (const table of ['OutboxMessage', 'ProcessedMessage'])
    await admin.query(`CREATE TABLE "${schema}"."${table}" (LIKE inspection."${table}" INCLUDING ALL)`);
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), options: `-c search_path="${schema}"` });
  db = {
    $executeRawUnsafe: async (query, ...values) => (await pool.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
      (await pool.query(query, values)).rows as T,
  };
});

afterAll(async () => {
  await pool?.end();
  await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin?.end();
});

beforeEach(async () => {
  await pool.query('TRUNCATE "OutboxMessage", "ProcessedMessage"');
});

/** An outbox row in the state `row` gives, `ageDays` old (created, and published or parked then). */
async function outboxRow(label: string, row: { ageDays: number; published: boolean; parked?: boolean }) {
  await pool.query(
    `INSERT INTO "OutboxMessage" (id, subject, payload, "createdAt", "publishedAt", "parkedAt", attempts)
     VALUES ($1, $2, '{}', now() - $3::float * interval '1 day',
             CASE WHEN $4 THEN now() - $3::float * interval '1 day' END,
             CASE WHEN $5 THEN now() - $3::float * interval '1 day' END, CASE WHEN $5 THEN 20 ELSE 0 END)`,
    [randomUUID(), label, row.ageDays, row.published, row.parked ?? false],
  );
}

const subjects = async () =>
  (await pool.query<{ subject: string }>('SELECT subject FROM "OutboxMessage" ORDER BY subject')).rows.map(
    (r) => r.subject,
  );

async function processedRow(messageId: string, ageDays: number) {
  await pool.query(
    `INSERT INTO "ProcessedMessage" (consumer, "messageId", "processedAt")
     VALUES ('a-consumer', $1, now() - $2::float * interval '1 day')`,
    [messageId, ageDays],
  );
}

describe('deletePublishedOutboxRows', () => {
  it('deletes rows published longer ago than kept, and never an unpublished, parked or recent one', async () => {
    await outboxRow('old published', { ageDays: 8, published: true });
    await outboxRow('old unpublished', { ageDays: 8, published: false });
    await outboxRow('old parked', { ageDays: 8, published: false, parked: true });
    // A relay whose lease ran out may publish a row another relay has just parked: it stays for an operator.
    await outboxRow('old published and parked', { ageDays: 8, published: true, parked: true });
    await outboxRow('recent published', { ageDays: 6, published: true });

    expect(await deletePublishedOutboxRows(db, 7 * DAY_MS, 100)).toBe(1);
    expect(await subjects()).toEqual([
      'old parked',
      'old published and parked',
      'old unpublished',
      'recent published',
    ]);
  });

  it('takes at most `limit` rows a statement, the oldest first', async () => {
    for (let i = 0; i < 25; i++)
      await outboxRow(`row ${String(i).padStart(2, '0')}`, { ageDays: 10 + i, published: true });
    expect(await deletePublishedOutboxRows(db, 7 * DAY_MS, 10)).toBe(10);
    // The 10 oldest (the highest numbers) went first.
    expect(await subjects()).toEqual(
      Array.from({ length: 15 }, (_, i) => `row ${String(i).padStart(2, '0')}`),
    );
    expect(await deletePublishedOutboxRows(db, 7 * DAY_MS, 10)).toBe(10);
    expect(await deletePublishedOutboxRows(db, 7 * DAY_MS, 10)).toBe(5);
    expect(await deletePublishedOutboxRows(db, 7 * DAY_MS, 10)).toBe(0);
  });
});

describe('deleteProcessedMessagesBefore', () => {
  it('deletes ids processed longer ago than kept, at most `limit` a statement, and keeps recent ones', async () => {
    for (let i = 0; i < 7; i++) await processedRow(`old-${i}`, 100 + i);
    await processedRow('recent', 89);
    expect(await deleteProcessedMessagesBefore(db, 91 * DAY_MS, 5)).toBe(5);
    expect(await deleteProcessedMessagesBefore(db, 91 * DAY_MS, 5)).toBe(2);
    expect(await deleteProcessedMessagesBefore(db, 91 * DAY_MS, 5)).toBe(0);
    const left = await pool.query<{ messageId: string }>('SELECT "messageId" FROM "ProcessedMessage"');
    expect(left.rows).toEqual([{ messageId: 'recent' }]);
  });
});

describe.each(servicesWithData)("the %s service's schema", (service) => {
  it('finds processed-message ids by age with an index (the shared tables’ migration)', async () => {
    const indexes = await admin.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'ProcessedMessage'`,
      [service],
    );
    expect(indexes.rows.map((r) => r.indexdef)).toContainEqual(expect.stringMatching(/\("processedAt"\)$/));
  });
});
