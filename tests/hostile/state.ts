// What a refused request must leave as it was: the number of rows in every table of every service's
// schema, and the number of workflows on the test's task queue. An audit entry that records a refusal
// as a refusal (an action ending in `.refused`), or a read the refusal's answer made (a stale version is
// answered with the stored draft, audited `case.read`; actions ending in `.read` or `.listed`), is what the
// audit is for, and is not counted.
import pg from 'pg';
import type { Client } from '@temporalio/client';

export interface StateCounts {
  rows: Record<string, number>;
  workflows: number;
}

/** Reads the counts; workflows are those on `taskQueue`, the test's own (the namespace is shared). */
export async function stateReader(
  databaseUrl: string,
  schemas: string[],
  temporal: Client,
  taskQueue: string,
) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const { rows: tables } = await pool.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY 1, 2`,
    [schemas],
  );
  const counted = (t: { table_schema: string; table_name: string }) =>
    t.table_name === 'AuditEntry'
      ? `count(*) FILTER (WHERE action NOT LIKE '%.refused' AND action NOT LIKE '%.read' AND action NOT LIKE '%.listed')`
      : 'count(*)';
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t.table_schema}.${t.table_name}' AS name, ${counted(t)}::int AS n FROM "${t.table_schema}"."${t.table_name}"`,
    )
    .join(' UNION ALL ');
  return {
    tables: tables.length,
    read: async (): Promise<StateCounts> => {
      const { rows } = await pool.query<{ name: string; n: number }>(sql);
      const { count } = await temporal.workflow.count(`TaskQueue = '${taskQueue}'`);
      return { rows: Object.fromEntries(rows.map((row) => [row.name, row.n])), workflows: count };
    },
    close: () => pool.end(),
  };
}

/** What differs between two readings, as `table: before → after`. */
export function differences(before: StateCounts, after: StateCounts): string[] {
  const changed = Object.keys({ ...before.rows, ...after.rows })
    .filter((name) => before.rows[name] !== after.rows[name])
    .map((name) => `${name}: ${before.rows[name]} → ${after.rows[name]}`);
  if (before.workflows !== after.workflows)
    changed.push(`workflows: ${before.workflows} → ${after.workflows}`);
  return changed;
}
