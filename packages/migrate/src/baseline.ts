// A service's history squashed into fewer migrations must not be re-run on a schema the old history built:
// such a schema is baselined instead, its squash's migrations recorded as applied without running them
// (the engine's markMigrationApplied, what `prisma migrate resolve --applied` does). Only a schema that has
// every old migration applied is; one with part of them cannot be told apart from a broken one, so it stops.
import type pg from 'pg';
import type { SchemaEngine } from './wasm-engine.ts';
import type { readMigrationsList } from './migrations-folder.ts';
import { quoted, withSchemaClient, type MigrationTarget } from './migration-target.ts';

export interface SquashedHistory {
  /** The last yji commit whose migrations folder still held the old history. */
  before: string;
  /** The old history's migrations, by name. */
  replaced: readonly string[];
  /** What holds the same schema now: migrations of the shared tables' histories and of the service's own. */
  into: { shared: readonly string[]; own: readonly string[] };
}

type MigrationsList = Awaited<ReturnType<typeof readMigrationsList>>;

/** The schema's recorded migrations, by name: whether each finished and was not rolled back. */
async function recordedMigrations(client: pg.Client, schema: string): Promise<Map<string, boolean>> {
  const table = `${quoted(schema)}."_prisma_migrations"`;
  const exists = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [table]);
  if (exists.rows[0]?.found === null) return new Map();
  const rows = await client.query<{ migration_name: string; applied: boolean }>(
    `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS applied FROM ${table}`,
  );
  const recorded = new Map<string, boolean>();
  for (const row of rows.rows)
    recorded.set(row.migration_name, recorded.get(row.migration_name) || row.applied);
  return recorded;
}

/** Records the squash's migrations as applied on a schema the old history built. Returns the names recorded. */
export async function baselineSquashedHistory(
  engine: SchemaEngine,
  target: MigrationTarget,
  lists: readonly MigrationsList[],
): Promise<string[]> {
  const squashed = target.squashed;
  if (!squashed) return [];
  // Two deploys at once (two test runs on one database) must not both record: the second waits, then finds
  // the rows. A lock of our own, since the engine takes its own on its connection.
  return withSchemaClient(target, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`yji migrate baseline ${target.schema}`]);
    const recorded = await recordedMigrations(client, target.schema);
    const builtByOldHistory = squashed.replaced.some((name) => recorded.has(name));
    // A schema deployed while the squash was settling (yji 7c7ed83 to 0a45aa4) has the squash's own migrations
    // applied, made by versions of them that still created tables since moved to a shared history.
    const builtByEarlierSquash = squashed.into.own.every((name) => recorded.get(name));
    if (!builtByOldHistory && !builtByEarlierSquash) return [];
    const unrecorded = [...squashed.into.shared, ...squashed.into.own].filter((name) => !recorded.get(name));
    if (unrecorded.length === 0) return [];
    const missing = builtByOldHistory ? squashed.replaced.filter((name) => !recorded.get(name)) : [];
    if (missing.length) {
      throw new Error(
        `${target.schema}: the schema has only part of the migrations squashed into ${squashed.into.own.join(', ')} ` +
          `(not applied: ${missing.join(', ')}), so it cannot be baselined. Apply them with yji at ${squashed.before} ` +
          `(pnpm migrate deploy), or drop the schema, then deploy again.`,
      );
    }
    for (const migrationName of unrecorded) {
      const migrationsList = lists.find((list) =>
        list.migrationDirectories.some((directory) => directory.path === migrationName),
      );
      if (!migrationsList) throw new Error(`${target.schema}: no migration ${migrationName} to baseline`);
      await engine.markMigrationApplied({ migrationsList, migrationName });
    }
    return unrecorded;
  });
}
