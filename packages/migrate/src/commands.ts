// The two migration commands: make a new migration from a change to a service's schema; apply the pending
// ones. A new migration also carries what every service shares: the shared models are copied in first, and
// the SQL Prisma cannot express for a shared table is added to the migration that creates it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import {
  appendOnlySql,
  poolConfigFor,
  SHARED_MODELS_FILE,
  SHARED_TABLE_SQL,
  sharedModelsForService,
} from '@yji/db';
import { NO_FILTERS, openSchemaEngine } from './wasm-engine.ts';
import {
  migrationFolderName,
  readMigrationsList,
  readSnapshot,
  writeMigration,
} from './migrations-folder.ts';

/**
 * A service that owns data: its Prisma folder (schema/ with its models and its copy of the shared ones,
 * migrations/) and its PostgreSQL schema.
 */
export interface MigrationTarget {
  prismaDir: string;
  schema: string;
  databaseUrl: string;
}

/** The folder of a service's Prisma schema files. */
export const SCHEMA_FOLDER = 'schema';

/** The schema's files, by name, each as [path relative to the Prisma folder, content]. */
async function schemaFiles(target: MigrationTarget): Promise<[string, string][]> {
  const folder = join(target.prismaDir, SCHEMA_FOLDER);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.prisma')).sort();
  return Promise.all(
    names.map(
      async (name) =>
        [join(SCHEMA_FOLDER, name), await readFile(join(folder, name), 'utf8')] as [string, string],
    ),
  );
}

/** Writes the service's copy of the shared models, as the source has them now. */
export async function syncSharedModels(target: MigrationTarget): Promise<void> {
  await writeFile(join(target.prismaDir, SCHEMA_FOLDER, SHARED_MODELS_FILE), await sharedModelsForService());
}

/** The marker a model's documentation comment carries for a table whose rows never change once written. */
export const APPEND_ONLY_MARKER = '/// @append-only';

/** The models whose documentation comment (the `///` lines right above `model`) holds the marker. */
export function appendOnlyModels(datamodels: readonly [string, string][]): string[] {
  return datamodels.flatMap(([, content]) =>
    [...content.matchAll(/((?:^[ \t]*\/\/\/.*\n)+)[ \t]*model\s+(\w+)/gm)]
      .filter(([, docs]) => docs!.split('\n').some((line) => line.trim() === APPEND_ONLY_MARKER))
      .map(([, , model]) => model!),
  );
}

/**
 * Prisma's SQL, then what a table it creates needs besides: each shared table's SQL, and the append-only
 * triggers of a table whose model carries the marker.
 */
function withTableSql(sql: string, appendOnly: readonly string[]): string {
  const creates = (table: string) => sql.includes(`CREATE TABLE "${table}"`);
  const shared = Object.entries(SHARED_TABLE_SQL)
    .filter(([table]) => creates(table))
    .map(
      ([table, extra]) => `\n-- ${table}: added by pnpm migrate (SHARED_TABLE_SQL in @yji/db)\n${extra}\n`,
    );
  const marked = appendOnly
    .filter(creates)
    .map(
      (table) =>
        `\n-- ${table}: append-only, added by pnpm migrate (${APPEND_ONLY_MARKER})\n${appendOnlySql(table)}\n`,
    );
  return sql + [...shared, ...marked].join('');
}

/**
 * Diffs the schema as of the newest migration (its snapshot) against the schema's files and writes the
 * difference as a new migration. Returns the folder written, or null when nothing changed.
 */
export async function createMigration(target: MigrationTarget, name: string, now = new Date()) {
  const migrationsDir = join(target.prismaDir, 'migrations');
  await syncSharedModels(target);
  const datamodels = await schemaFiles(target);
  const { engine, close } = await openSchemaEngine({ ...target, datamodels });
  try {
    const previous = await readSnapshot(migrationsDir);
    const { stdout } = await engine.diff({
      from:
        previous === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'previous.prisma', content: previous }] },
      to: { tag: 'schemaDatamodel', files: datamodels.map(([path, content]) => ({ path, content })) },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = stdout ?? '';
    if (sql.trim() === '' || sql.includes('-- This is an empty migration.')) return null;
    const folder = migrationFolderName(name, now);
    const snapshot = datamodels.map(([, content]) => content).join('\n');
    await writeMigration(migrationsDir, folder, withTableSql(sql, appendOnlyModels(datamodels)), snapshot);
    return folder;
  } finally {
    await close();
  }
}

/** The schema must exist before the engine creates `_prisma_migrations` in it. */
async function ensureSchema(target: MigrationTarget) {
  const client = new pg.Client({ ...poolConfigFor(target.databaseUrl, target.schema), options: undefined });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Applies every pending migration, as `prisma migrate deploy` does. Returns the names applied. */
export async function applyMigrations(target: MigrationTarget): Promise<string[]> {
  await ensureSchema(target);
  const { engine, close } = await openSchemaEngine({ ...target, datamodels: await schemaFiles(target) });
  try {
    const migrationsList = await readMigrationsList(join(target.prismaDir, 'migrations'));
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
