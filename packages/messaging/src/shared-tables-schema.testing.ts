// For this package's tests against the shared outbox and consumer tables: a schema of the test's own holding
// copies of them exactly as the services' migrations make them (the inspection service's), so a test's rows
// and sweeps touch no service's, and the schema goes with the test.
import pg from 'pg';

export interface SharedTablesSchema {
  /** Outside the schema, one connection: for what must not queue behind the pools (pg_stat_activity). */
  admin: pg.Pool;
  /** Four connections whose search path is the schema. */
  pool: pg.Pool;
  /** Another pool on the schema, e.g. a consumer's own so its transactions can be told from the test's. */
  poolOnSchema(options: Omit<pg.PoolConfig, 'connectionString' | 'options'>): pg.Pool;
  /** Ends `pool` (a test ends those it made with poolOnSchema) and drops the schema with everything in it. */
  drop(): Promise<void>;
}

/** Creates schema `name` in `databaseUrl` with copies of the shared `tables` (e.g. OutboxMessage). */
export async function sharedTablesSchema(
  databaseUrl: string,
  name: string,
  tables: readonly string[],
): Promise<SharedTablesSchema> {
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await admin.query(`CREATE SCHEMA "${name}"`);
  for (const table of tables)
    await admin.query(`CREATE TABLE "${name}"."${table}" (LIKE inspection."${table}" INCLUDING ALL)`);
  const poolOnSchema = (options: Omit<pg.PoolConfig, 'connectionString' | 'options'>) =>
    new pg.Pool({ ...options, connectionString: databaseUrl, options: `-c search_path="${name}"` });
  const pool = poolOnSchema({ max: 4 });
  return {
    admin,
    pool,
    poolOnSchema,
    drop: async () => {
      await pool.end();
      await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      await admin.end();
    },
  };
}
