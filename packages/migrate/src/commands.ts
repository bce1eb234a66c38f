// The migration commands: make a new migration from a change to a service's schema, or to the shared tables'
// models; apply the pending ones. The shared tables have one history (packages/db/prisma/migrations), applied
// into every service's schema before the service's own, so a service's migrations never hold them: a
// service's change is diffed with the shared models on both sides.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { appendOnlySql, sharedModelsForService, type SharedHistory } from '@yji/db';
import { NO_FILTERS, openSchemaEngine } from './wasm-engine.ts';
import {
  migrationFolderName,
  readMigrationsList,
  readSnapshot,
  writeMigration,
} from './migrations-folder.ts';
import { baselineSquashedHistory } from './baseline.ts';
import { quoted, withSchemaClient, type MigrationTarget } from './migration-target.ts';

export type { MigrationTarget } from './migration-target.ts';

/** The folder of a service's Prisma schema files. */
export const SCHEMA_FOLDER = 'schema';

type SchemaFile = [path: string, content: string];

/** What the shared models are diffed with: they name no datasource, a service's schema.prisma does. */
const DATASOURCE: SchemaFile = ['datasource.prisma', 'datasource db {\n  provider = "postgresql"\n}\n'];

/** The schema's files, by name, each as [path relative to the Prisma folder, content]. */
export async function schemaFiles(target: MigrationTarget): Promise<SchemaFile[]> {
  const folder = join(target.prismaDir, SCHEMA_FOLDER);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.prisma')).sort();
  return Promise.all(
    names.map(async (name): Promise<SchemaFile> => [
      join(SCHEMA_FOLDER, name),
      await readFile(join(folder, name), 'utf8'),
    ]),
  );
}

/** Writes the service's copies of the shared models, as their sources have them now. */
export async function syncSharedModels(target: MigrationTarget): Promise<void> {
  for (const shared of target.shared) {
    await writeFile(
      join(target.prismaDir, SCHEMA_FOLDER, shared.copyFile),
      await sharedModelsForService(shared.modelsFile),
    );
  }
}

/** The marker a model's documentation comment carries for a table whose rows never change once written. */
export const APPEND_ONLY_MARKER = '/// @append-only';

/** The models whose documentation comment (the `///` lines right above `model`) holds the marker. */
export function appendOnlyModels(datamodels: readonly SchemaFile[]): string[] {
  return datamodels.flatMap(([, content]) =>
    [...content.matchAll(/((?:^[ \t]*\/\/\/.*\n)+)[ \t]*model\s+(\w+)/gm)]
      .filter(([, docs]) => docs!.split('\n').some((line) => line.trim() === APPEND_ONLY_MARKER))
      .map(([, , model]) => model!),
  );
}

/** Prisma's SQL, then the append-only triggers of the tables it creates whose model carries the marker. */
function withAppendOnlySql(sql: string, datamodels: readonly SchemaFile[]): string {
  const created = appendOnlyModels(datamodels).filter((table) => sql.includes(`CREATE TABLE "${table}"`));
  if (created.length === 0) return sql;
  return `${sql}\n-- ${created.join(', ')}: append-only, added by pnpm migrate (${APPEND_ONLY_MARKER})\n${appendOnlySql(created)}\n`;
}

interface Diff {
  migrationsDir: string;
  /** The schema as of the newest migration (a datasource alone before the first), with what completes it. */
  from: SchemaFile[];
  to: SchemaFile[];
  /** The files whose marked models get append-only triggers. */
  marked: SchemaFile[];
  /** The schema as of the migration written, for the next diff. */
  snapshot: string;
}

/** Writes the difference as a new migration. Returns the folder written, or null when nothing changed. */
async function writeDiff(
  database: { databaseUrl: string; schema: string },
  diff: Diff,
  name: string,
  now: Date,
) {
  const { engine, close } = await openSchemaEngine({ ...database, datamodels: diff.to });
  try {
    const files = (schemaFiles: SchemaFile[]) => ({
      tag: 'schemaDatamodel' as const,
      files: schemaFiles.map(([path, content]) => ({ path, content })),
    });
    const { stdout } = await engine.diff({
      from: files(diff.from),
      to: files(diff.to),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = stdout ?? '';
    if (sql.trim() === '' || sql.includes('-- This is an empty migration.')) return null;
    const folder = migrationFolderName(name, now);
    await writeMigration(diff.migrationsDir, folder, withAppendOnlySql(sql, diff.marked), diff.snapshot);
    return folder;
  } finally {
    await close();
  }
}

/**
 * A migration of the shared tables, from a change to their models: written to the shared history, which
 * every service's schema gets. The service's copies of the models are brought up to date by
 * `createMigration` (or `pnpm migrate new all`).
 */
export async function createSharedMigration(
  shared: SharedHistory,
  databaseUrl: string,
  name: string,
  now = new Date(),
) {
  const to: SchemaFile[] = [
    DATASOURCE,
    [basename(shared.modelsFile), await readFile(shared.modelsFile, 'utf8')],
  ];
  const previous = await readSnapshot(shared.migrationsDir);
  // A diff of schema files reads no database, but the engine is opened on one: any schema does.
  return writeDiff(
    { databaseUrl, schema: 'public' },
    {
      migrationsDir: shared.migrationsDir,
      from: [previous === null ? DATASOURCE : ['previous.prisma', previous]],
      to,
      marked: to,
      snapshot: to.map(([, content]) => content).join('\n'),
    },
    name,
    now,
  );
}

/**
 * A migration of the service's own tables: the schema as of its newest migration (its snapshot, which
 * leaves the shared models out) is diffed against its files, both sides with the shared models as they are
 * now, so the shared tables never appear in it. Returns the folder written, or null when nothing changed.
 */
export async function createMigration(target: MigrationTarget, name: string, now = new Date()) {
  await syncSharedModels(target);
  const files = await schemaFiles(target);
  const copies = target.shared.map((shared) => shared.copyFile);
  const isShared = ([path]: SchemaFile) => copies.includes(basename(path));
  const sharedModels = files.filter(isShared);
  const own = files.filter((file) => !isShared(file));
  const previous = await readSnapshot(join(target.prismaDir, 'migrations'));
  return writeDiff(
    target,
    {
      migrationsDir: join(target.prismaDir, 'migrations'),
      from: [previous === null ? DATASOURCE : ['previous.prisma', previous], ...sharedModels],
      to: files,
      marked: own,
      snapshot: own.map(([, content]) => content).join('\n'),
    },
    name,
    now,
  );
}

/** The schema must exist before the engine creates `_prisma_migrations` in it. */
function ensureSchema(target: MigrationTarget) {
  return withSchemaClient(target, (client) =>
    client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted(target.schema)}`),
  );
}

export interface Deployed {
  /** Migrations run, the shared tables' first. */
  applied: string[];
  /** Migrations recorded as applied without running them: a squash's, on a schema the old history built. */
  baselined: string[];
}

/**
 * Applies every pending migration into the service's schema, as `prisma migrate deploy` does: the shared
 * tables' histories, then the service's own. Both are recorded in the schema's `_prisma_migrations`.
 */
export async function applyMigrations(target: MigrationTarget): Promise<Deployed> {
  await ensureSchema(target);
  const shared = await Promise.all(target.shared.map((history) => readMigrationsList(history.migrationsDir)));
  const own = await readMigrationsList(join(target.prismaDir, 'migrations'));
  const { engine, close } = await openSchemaEngine({ ...target, datamodels: await schemaFiles(target) });
  try {
    const baselined = await baselineSquashedHistory(engine, target, [...shared, own]);
    const applied: string[] = [];
    for (const migrationsList of [...shared, own]) {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      applied.push(...appliedMigrationNames);
    }
    return { applied, baselined };
  } finally {
    await close();
  }
}
