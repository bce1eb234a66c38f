// Runs the wasm engine against the real PostgreSQL the test harness provides, on a service of the test's
// own: its schema folder holds its models, and `new` adds the tables every service shares.
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sharedModelsForService } from '@yji/db';
import { applyMigrations, createMigration, type MigrationTarget } from './commands.ts';

const schemaV1 = `generator client {
  provider = "prisma-client"
  output   = "../generated"
}

datasource db {
  provider = "postgresql"
}

model Widget {
  id   String @id
  name String
}
`;
const schemaV2 = schemaV1.replace('name String', 'name String\n  size Int    @default(0)');

describe('migrations through the WebAssembly schema engine', async () => {
  const databaseUrl = inject('databaseUrl');
  const prismaDir = join(await mkdtemp(join(tmpdir(), 'yji-migrate-')), 'prisma');
  const schemaDir = join(prismaDir, 'schema');
  await mkdir(schemaDir, { recursive: true });
  const target: MigrationTarget = {
    prismaDir,
    databaseUrl,
    schema: `migrate_test_${randomUUID().slice(0, 8)}`,
  };
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  afterAll(async () => {
    await db.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
    await db.end();
  });
  const columns = async () =>
    (
      await db.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name',
        [target.schema, 'Widget'],
      )
    ).rows.map((row) => row.column_name);
  const tables = async () =>
    (
      await db.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [target.schema],
      )
    ).rows.map((row) => row.table_name);

  it('writes the first migration in Prisma layout, applies it once, then writes and applies a change', async () => {
    await writeFile(join(schemaDir, 'schema.prisma'), schemaV1);
    const first = await createMigration(target, 'init', new Date('2026-01-02T03:04:05Z'));
    expect(first).toBe('20260102030405_init');
    const sql = await readFile(join(prismaDir, 'migrations', first!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Widget"');
    expect(await readFile(join(prismaDir, 'migrations', 'migration_lock.toml'), 'utf8')).toContain(
      'postgresql',
    );

    expect(await applyMigrations(target)).toEqual([first]);
    expect(await columns()).toEqual(['id', 'name']);
    expect(await applyMigrations(target)).toEqual([]);

    expect(await createMigration(target, 'nothing')).toBeNull();

    await writeFile(join(schemaDir, 'schema.prisma'), schemaV2);
    const second = await createMigration(target, 'widget size', new Date('2026-01-03T00:00:00Z'));
    expect(second).toBe('20260103000000_widget_size');
    expect(await readFile(join(prismaDir, 'migrations', second!, 'migration.sql'), 'utf8')).toContain(
      'ALTER TABLE',
    );
    expect(await applyMigrations(target)).toEqual([second]);
    expect(await columns()).toEqual(['id', 'name', 'size']);

    const applied = await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "${target.schema}"._prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(applied.rows.map((row) => row.migration_name)).toEqual([first, second]);
    expect((await readdir(join(prismaDir, 'migrations'))).sort()).toEqual(
      [first, second, 'migration_lock.toml', 'schema_snapshot.prisma'].sort(),
    );
  });

  it('gives a service the shared tables with its first migration, the audit log append-only', async () => {
    expect(await readFile(join(schemaDir, 'shared.prisma'), 'utf8')).toBe(await sharedModelsForService());
    expect(await tables()).toEqual([
      'AuditEntry',
      'OutboxMessage',
      'ParkedMessage',
      'ProcessedMessage',
      'Widget',
      '_prisma_migrations',
    ]);
    const audit = `"${target.schema}"."AuditEntry"`;
    await db.query(
      `INSERT INTO ${audit} (id, "actorId", action, "entityType", "entityId") VALUES ($1, 'lead-1', 'case.read', 'case', 'C1')`,
      [randomUUID()],
    );
    await expect(db.query(`UPDATE ${audit} SET "actorId" = 'someone-else'`)).rejects.toThrow(
      'AuditEntry is append-only: UPDATE is not allowed',
    );
    // A later migration of the service adds nothing more for the shared tables.
    const later = await readFile(
      join(prismaDir, 'migrations', '20260103000000_widget_size', 'migration.sql'),
      'utf8',
    );
    expect(later).not.toContain('audit_entry_append_only');
  });

  it('makes the table of a model marked /// @append-only refuse UPDATE and DELETE', async () => {
    const ledger = `\n/// One line per fact; never changed.\n/// @append-only\nmodel Ledger {\n  id String @id\n}\n`;
    await writeFile(join(schemaDir, 'schema.prisma'), schemaV2 + ledger);
    const third = await createMigration(target, 'ledger', new Date('2026-01-03T12:00:00Z'));
    const sql = await readFile(join(prismaDir, 'migrations', third!, 'migration.sql'), 'utf8');
    expect(sql).not.toContain('"Widget_append_only"');
    expect(await applyMigrations(target)).toEqual([third]);
    const table = `"${target.schema}"."Ledger"`;
    await db.query(`INSERT INTO ${table} (id) VALUES ('l1')`);
    await expect(db.query(`UPDATE ${table} SET id = 'l2'`)).rejects.toThrow(
      'Ledger is append-only: UPDATE is not allowed',
    );
    await expect(db.query(`DELETE FROM ${table}`)).rejects.toThrow('Ledger is append-only: DELETE');
    await db.query(`UPDATE "${target.schema}"."Widget" SET name = name`);
  });

  it('runs a hand-edited migration whole: a function body with semicolons applies, a failure leaves nothing', async () => {
    const folder = join(prismaDir, 'migrations', '20260104000000_hand_edited');
    await mkdir(folder);
    await writeFile(
      join(folder, 'migration.sql'),
      `CREATE FUNCTION "refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'refused';
END;
$$;
CREATE TRIGGER "Widget_refuse" BEFORE DELETE ON "Widget" FOR EACH ROW EXECUTE FUNCTION "refuse"();`,
    );
    expect(await applyMigrations(target)).toEqual(['20260104000000_hand_edited']);
    await db.query(`INSERT INTO "${target.schema}"."Widget" (id, name) VALUES ('w1', 'one')`);
    await expect(db.query(`DELETE FROM "${target.schema}"."Widget"`)).rejects.toThrow(/refused/);

    const broken = join(prismaDir, 'migrations', '20260105000000_broken');
    await mkdir(broken);
    await writeFile(
      join(broken, 'migration.sql'),
      'ALTER TABLE "Widget" ADD COLUMN "colour" TEXT;\nSELECT no_such_function();',
    );
    await expect(applyMigrations(target)).rejects.toThrow();
    expect(await columns()).toEqual(['id', 'name', 'size']);
  });
});
