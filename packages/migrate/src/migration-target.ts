// What `pnpm migrate` works on: a service that owns data, its PostgreSQL schema, and the histories that make it.
import pg from 'pg';
import { poolConfigFor, type SharedHistory } from '@yji/db';
import type { SquashedHistory } from './baseline.ts';

/**
 * A service that owns data: its Prisma folder (schema/ with its models and its copy of the shared ones,
 * migrations/ with its own history) and its PostgreSQL schema, which also gets the shared tables' histories.
 */
export interface MigrationTarget {
  prismaDir: string;
  schema: string;
  databaseUrl: string;
  /** Applied into the service's schema, in order, before the service's own migrations. */
  shared: readonly SharedHistory[];
  /** Set when the service's history was squashed: a schema built by the old one is baselined. */
  squashed?: SquashedHistory;
}

/** Runs `work` on a connection of its own to the database, unqualified names in the target's schema. */
export async function withSchemaClient<T>(
  target: MigrationTarget,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ ...poolConfigFor(target.databaseUrl, target.schema), options: undefined });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The schema's name as an SQL identifier. */
export const quoted = (schema: string) => `"${schema.replace(/"/g, '""')}"`;
