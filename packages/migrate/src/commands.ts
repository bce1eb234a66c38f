// The two migration commands: make a new migration from a schema change; apply the pending ones.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pg from 'pg';
import { poolConfigFor } from '@yji/db';
import { NO_FILTERS, openSchemaEngine } from './wasm-engine.ts';
import {
  migrationFolderName,
  readMigrationsList,
  readSnapshot,
  writeMigration,
} from './migrations-folder.ts';

/** A service that owns data: its Prisma folder (schema.prisma, migrations/) and its PostgreSQL schema. */
export interface MigrationTarget {
  prismaDir: string;
  schema: string;
  databaseUrl: string;
}

async function engineFor(target: MigrationTarget) {
  const schemaPath = join(target.prismaDir, 'schema.prisma');
  const schemaContent = await readFile(schemaPath, 'utf8');
  const opened = await openSchemaEngine({ ...target, schemaPath, schemaContent });
  return { ...opened, schemaPath, schemaContent };
}

/**
 * Diffs the schema as of the newest migration (its snapshot) against schema.prisma and writes the
 * difference as a new migration. Returns the folder written, or null when nothing changed.
 */
export async function createMigration(target: MigrationTarget, name: string, now = new Date()) {
  const migrationsDir = join(target.prismaDir, 'migrations');
  const { engine, close, schemaPath, schemaContent } = await engineFor(target);
  try {
    const previous = await readSnapshot(migrationsDir);
    const path = relative(target.prismaDir, schemaPath);
    const { stdout } = await engine.diff({
      from:
        previous === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path, content: previous }] },
      to: { tag: 'schemaDatamodel', files: [{ path, content: schemaContent }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = stdout ?? '';
    if (sql.trim() === '' || sql.includes('-- This is an empty migration.')) return null;
    const folder = migrationFolderName(name, now);
    await writeMigration(migrationsDir, folder, sql, schemaContent);
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
  const { engine, close } = await engineFor(target);
  try {
    const migrationsList = await readMigrationsList(join(target.prismaDir, 'migrations'));
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    await close();
  }
}
