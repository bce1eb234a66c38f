// The hot paths' direct statements (direct-sql.ts) on the real PostgreSQL: values read as Prisma's
// `$queryRawUnsafe` reads them, each statement prepared once per connection under its name, and the pool
// shared with Prisma's adapter.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrismaPg } from '@prisma/adapter-pg';
import {
  isDatabaseBusy,
  isoTimestampSql,
  POOL_WAIT_MS,
  preparedStatement,
  prismaWithDirectSql,
} from '../src/index.ts';

// One connection, so "the same connection" and "the same pool" can be seen.
const open = () => prismaWithDirectSql((factory) => ({ factory }), inject('databaseUrl'), 'fieldwork', 1);
let db: ReturnType<typeof open>;
let adapter: Awaited<ReturnType<PrismaPg['connect']>>;
beforeAll(async () => {
  db = open();
  adapter = await db.factory.connect();
});
afterAll(() => adapter?.dispose());

const VALUES = preparedStatement(
  'test.values',
  `SELECT '2026-11-27 13:45:01.234'::timestamp AS at, '2026-11-27'::date AS day,
          '2026-11-27 13:45:01.234+01'::timestamptz AS "atWithZone", 9007199254740993::int8 AS big,
          7::int AS small, '{"a": [1, "b"]}'::jsonb AS document, ARRAY['x', 'y'] AS list, $1::uuid AS id`,
);

describe('a direct statement', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("reads timestamps without a zone and dates as UTC, whatever the process's zone, as Prisma does", async () => {
    // A zone away from UTC: pg's own parsers would read both in it.
    process.env.TZ = 'America/New_York';
    const id = '7c4b7d3e-9a56-4b8e-a0c1-3f2d6e5b4a19';
    const [row] = await db.sql.rows<Record<string, unknown>>(VALUES, [id]);
    expect(row).toEqual({
      at: new Date('2026-11-27T13:45:01.234Z'),
      day: new Date('2026-11-27T00:00:00.000Z'),
      atWithZone: new Date('2026-11-27T12:45:01.234Z'),
      big: 9007199254740993n,
      small: 7,
      document: { a: [1, 'b'] },
      list: ['x', 'y'],
      id,
    });
  });

  it('writes a timestamp as toISOString writes it, with or without a zone, whatever the session zone', async () => {
    const written = preparedStatement(
      'iso.timestamps',
      `SELECT ${isoTimestampSql(`'2027-03-01 16:59:59.25'::timestamp`)} AS "atUtc",
              ${isoTimestampSql(`'2027-07-01 09:00:00.001+01'::timestamptz AT TIME ZONE 'UTC'`)} AS "atWithZone",
              ${isoTimestampSql('NULL::timestamp')} AS "none"`,
    );
    // The pool's one connection: a zone set on it holds for the statement after.
    const setZone = preparedStatement(
      'iso.set-zone',
      `SELECT current_setting('TimeZone') AS was, set_config('TimeZone', $1, false)`,
    );
    const [before] = await db.sql.rows<{ was: string }>(setZone, ['Europe/London']);
    try {
      const [row] = await db.sql.rows(written, []);
      expect(row).toEqual({
        atUtc: new Date('2027-03-01T16:59:59.250Z').toISOString(),
        atWithZone: new Date('2027-07-01T08:00:00.001Z').toISOString(),
        none: null,
      });
    } finally {
      await db.sql.rows(setZone, [before!.was]);
    }
  });

  it('is prepared once on the connection, under its name', async () => {
    const prepared = preparedStatement(
      'test.prepared',
      'SELECT name FROM pg_prepared_statements WHERE name LIKE $1 ORDER BY name',
    );
    await db.sql.rows(VALUES, ['7c4b7d3e-9a56-4b8e-a0c1-3f2d6e5b4a19']);
    const rows = await db.sql.rows<{ name: string }>(prepared, ['test.%']);
    expect(rows.map(({ name }) => name)).toEqual(['test.prepared', 'test.values']);
  });

  it("waits for the pool Prisma's adapter uses, and is busy when no connection comes free", async () => {
    // Prisma's adapter holds the pool's only connection in a transaction.
    const transaction = await adapter.startTransaction();
    try {
      const started = performance.now();
      const failure = await db.sql.rows(VALUES, [null]).catch((error: unknown) => error);
      expect(isDatabaseBusy(failure), String(failure)).toBe(true);
      expect(performance.now() - started).toBeGreaterThanOrEqual(POOL_WAIT_MS - 50);
    } finally {
      await transaction.rollback();
    }
    expect(await db.sql.rows(VALUES, [null])).toHaveLength(1);
  });
});
