// For this package's tests against a real PostgreSQL schema of their own: the surface of a generated Prisma
// client the shared outbox and consumer code needs, over a pg pool, and a wait for a condition.
import type pg from 'pg';
import type { RawSql, TransactionalClient } from '@yji/db';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` answers true, looking every 50 ms; fails naming `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** RawSql over a pool (whose search path is the test's schema) or one of its clients. */
export const rawSql = (client: pg.Pool | pg.PoolClient): RawSql => ({
  $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
    (await client.query(query, values)).rows as T,
  $executeRawUnsafe: async (query: string, ...values: unknown[]) =>
    (await client.query(query, values)).rowCount ?? 0,
});

/** RawSql with transactions, each on a client of the pool, as a generated Prisma client's. */
export function transactional(pool: pg.Pool): TransactionalClient {
  return {
    ...rawSql(pool),
    $transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(rawSql(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
