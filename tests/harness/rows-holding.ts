// Where a word sits in the database: every row of every table of every service's schema that holds it
// anywhere (each row cast to text), for the tests that prove personal words are gone, or never stored.
import { expect } from 'vitest';
import type { System } from './system.ts';

export const SERVICE_SCHEMAS = ['inspection', 'fieldwork', 'ratings', 'publication', 'portal'];

/** As schema.table → count of rows holding `word`; empty when no table holds it. */
export async function rowsHolding(system: Pick<System, 'inspectionDb'>, word: string) {
  const tables = await system.inspectionDb.$queryRawUnsafe<{ schema: string; name: string }[]>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_schema = ANY($1::text[]) AND table_type = 'BASE TABLE'`,
    SERVICE_SCHEMAS,
  );
  expect(new Set(tables.map(({ schema }) => schema))).toEqual(new Set(SERVICE_SCHEMAS));
  const found: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await system.inspectionDb.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${schema}"."${name}" AS t WHERE t::text LIKE '%' || $1 || '%'`,
      word,
    );
    if (row!.count > 0n) found[`${schema}.${name}`] = Number(row!.count);
  }
  return found;
}
