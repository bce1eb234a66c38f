// What a refused request must leave as it was: the number of rows in every table of every service's
// schema, and the number of workflows on the test's task queue. An audit entry that records a refusal
// as a refusal (an action ending in `.refused`) is what the audit is for, and is not counted. Reads of a
// case (`case.read`) are counted apart (`<schema>.AuditEntry case.read`): a stale version is refused with the
// stored draft, a read the audit records, so the test lets that count move for that refusal only.
import pg from 'pg';
import type { Client } from '@temporalio/client';

/** The audit's record of a read of a case (fieldwork's TASK_READ). */
export const CASE_READ = 'case.read';

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
  const counts = (t: { table_schema: string; table_name: string }): [string, string][] =>
    t.table_name === 'AuditEntry'
      ? [
          ['', `count(*) FILTER (WHERE action NOT LIKE '%.refused' AND action <> '${CASE_READ}')`],
          [` ${CASE_READ}`, `count(*) FILTER (WHERE action = '${CASE_READ}')`],
        ]
      : [['', 'count(*)']];
  const sql = tables
    .flatMap((t) =>
      counts(t).map(
        ([suffix, count]) =>
          `SELECT '${t.table_schema}.${t.table_name}${suffix}' AS name, ${count}::int AS n FROM "${t.table_schema}"."${t.table_name}"`,
      ),
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

/**
 * What differs between two readings, as `table: before → after`; `allowed` names counts that may move (the
 * case reads a refusal's answer made).
 */
export function differences(
  before: StateCounts,
  after: StateCounts,
  allowed: (name: string) => boolean = () => false,
): string[] {
  const changed = Object.keys({ ...before.rows, ...after.rows })
    .filter((name) => before.rows[name] !== after.rows[name] && !allowed(name))
    .map((name) => `${name}: ${before.rows[name]} → ${after.rows[name]}`);
  if (before.workflows !== after.workflows)
    changed.push(`workflows: ${before.workflows} → ${after.workflows}`);
  return changed;
}
