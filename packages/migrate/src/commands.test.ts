// Runs the wasm engine against the real PostgreSQL the test harness provides, on services of the test's own:
// each schema folder holds its models, and every schema also gets the shared tables' history (a copy of
// packages/db's, so that a test can change the shared models).
import { cp, mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SHARED_HISTORY, sharedModelsForService, type SharedHistory } from '@yji/db';
import { applyMigrations, createMigration, createSharedMigration, type MigrationTarget } from './commands.ts';
import { schemaDrift } from './schema-drift.ts';

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

const migrationNames = async (folder: string) =>
  (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe('migrations through the WebAssembly schema engine', async () => {
  const databaseUrl = inject('databaseUrl');
  const root = await mkdtemp(join(tmpdir(), 'yji-migrate-'));
  const shared: SharedHistory = {
    modelsFile: join(root, 'shared', 'shared-models.prisma'),
    migrationsDir: join(root, 'shared', 'migrations'),
    copyFile: SHARED_HISTORY.copyFile,
  };
  await cp(dirname(SHARED_HISTORY.modelsFile), join(root, 'shared'), { recursive: true });
  const sharedAtStart = await migrationNames(shared.migrationsDir);

  const schemas: string[] = [];
  const service = async (name: string, schema: string): Promise<MigrationTarget> => {
    const prismaDir = join(root, name, 'prisma');
    await mkdir(join(prismaDir, 'schema'), { recursive: true });
    await writeFile(join(prismaDir, 'schema', 'schema.prisma'), schema);
    schemas.push(`migrate_test_${name}_${randomUUID().slice(0, 8)}`);
    return { prismaDir, databaseUrl, schema: schemas.at(-1)!, shared: [shared] };
  };
  const target = await service('widgets', schemaV1);
  const prismaDir = target.prismaDir;

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  afterAll(async () => {
    for (const schema of schemas) await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.end();
  });
  const columns = async (table: string, schema = target.schema) =>
    (
      await db.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name',
        [schema, table],
      )
    ).rows.map((row) => row.column_name);
  const tables = async () =>
    (
      await db.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [target.schema],
      )
    ).rows.map((row) => row.table_name);

  it('writes the service’s first migration without the shared tables, applies them before it, then a change', async () => {
    const first = await createMigration(target, 'init', new Date('2026-01-02T03:04:05Z'));
    expect(first).toBe('20260102030405_init');
    const sql = await readFile(join(prismaDir, 'migrations', first!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Widget"');
    expect(sql).not.toMatch(/AuditEntry|OutboxMessage|ProcessedMessage|ParkedMessage/);
    expect(await readFile(join(prismaDir, 'migrations', 'migration_lock.toml'), 'utf8')).toContain(
      'postgresql',
    );

    expect(await applyMigrations(target)).toEqual({ applied: [...sharedAtStart, first], baselined: [] });
    expect(await columns('Widget')).toEqual(['id', 'name']);
    expect(await applyMigrations(target)).toEqual({ applied: [], baselined: [] });

    expect(await createMigration(target, 'nothing')).toBeNull();

    await writeFile(join(prismaDir, 'schema', 'schema.prisma'), schemaV2);
    expect(await schemaDrift(target)).toMatch(/ALTER TABLE "Widget" ADD COLUMN +"size"/);
    const second = await createMigration(target, 'widget size', new Date('2026-01-03T00:00:00Z'));
    expect(second).toBe('20260103000000_widget_size');
    expect(await readFile(join(prismaDir, 'migrations', second!, 'migration.sql'), 'utf8')).toContain(
      'ALTER TABLE',
    );
    expect(await applyMigrations(target)).toEqual({ applied: [second], baselined: [] });
    expect(await columns('Widget')).toEqual(['id', 'name', 'size']);
    expect(await schemaDrift(target)).toBe('');

    const applied = await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "${target.schema}"._prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(applied.rows.map((row) => row.migration_name)).toEqual([...sharedAtStart, first, second].sort());
    expect((await readdir(join(prismaDir, 'migrations'))).sort()).toEqual(
      [first, second, 'migration_lock.toml', 'schema_snapshot.prisma'].sort(),
    );
  });

  it('gives the service the shared tables from their own history, the audit log append-only', async () => {
    expect(await readFile(join(prismaDir, 'schema', 'shared.prisma'), 'utf8')).toBe(
      await sharedModelsForService(shared.modelsFile),
    );
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
  });

  it('writes a change to a shared model as one migration of the shared history, applied to every service', async () => {
    const models = await readFile(shared.modelsFile, 'utf8');
    await writeFile(
      shared.modelsFile,
      models.replace(
        'processedAt DateTime @default(now())',
        'processedAt DateTime @default(now())\n  handler     String?',
      ),
    );
    const change = await createSharedMigration(
      shared,
      databaseUrl,
      'processed by',
      new Date('2027-01-03T06:00:00Z'),
    );
    expect(change).toBe('20270103060000_processed_by');
    expect(await migrationNames(shared.migrationsDir)).toEqual([...sharedAtStart, change]);
    expect(await readFile(join(shared.migrationsDir, change!, 'migration.sql'), 'utf8')).toContain(
      'ALTER TABLE "ProcessedMessage" ADD COLUMN     "handler" TEXT',
    );
    expect(await createSharedMigration(shared, databaseUrl, 'nothing')).toBeNull();

    // The service's own history gets nothing; its copy of the models gets the column, for its client.
    expect(await createMigration(target, 'after the shared change')).toBeNull();
    expect(await readFile(join(prismaDir, 'schema', 'shared.prisma'), 'utf8')).toContain('handler');

    const other = await service('gadgets', schemaV1.replace(/Widget/g, 'Gadget'));
    const otherInit = await createMigration(other, 'init', new Date('2026-01-03T07:00:00Z'));
    expect(
      await readFile(join(other.prismaDir, 'migrations', otherInit!, 'migration.sql'), 'utf8'),
    ).not.toContain('ProcessedMessage');

    expect(await applyMigrations(target)).toEqual({ applied: [change], baselined: [] });
    expect(await applyMigrations(other)).toEqual({
      applied: [...sharedAtStart, change, otherInit],
      baselined: [],
    });
    for (const { schema } of [target, other]) {
      expect(await columns('ProcessedMessage', schema)).toEqual([
        'consumer',
        'handler',
        'messageId',
        'processedAt',
      ]);
    }
    expect(await schemaDrift(target)).toBe('');
    expect(await schemaDrift(other)).toBe('');
  });

  it('makes the table of a model marked /// @append-only refuse UPDATE and DELETE', async () => {
    const ledger = `\n/// One line per fact; never changed.\n/// @append-only\nmodel Ledger {\n  id String @id\n}\n`;
    await writeFile(join(prismaDir, 'schema', 'schema.prisma'), schemaV2 + ledger);
    const third = await createMigration(target, 'ledger', new Date('2026-01-03T12:00:00Z'));
    const sql = await readFile(join(prismaDir, 'migrations', third!, 'migration.sql'), 'utf8');
    expect(sql).toContain(`SELECT "make_append_only"(ARRAY['Ledger']);`);
    expect(await applyMigrations(target)).toEqual({ applied: [third], baselined: [] });
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
    expect(await applyMigrations(target)).toEqual({ applied: ['20260104000000_hand_edited'], baselined: [] });
    await db.query(`INSERT INTO "${target.schema}"."Widget" (id, name) VALUES ('w1', 'one')`);
    await expect(db.query(`DELETE FROM "${target.schema}"."Widget"`)).rejects.toThrow(/refused/);

    const broken = join(prismaDir, 'migrations', '20260105000000_broken');
    await mkdir(broken);
    await writeFile(
      join(broken, 'migration.sql'),
      'ALTER TABLE "Widget" ADD COLUMN "colour" TEXT;\nSELECT no_such_function();',
    );
    await expect(applyMigrations(target)).rejects.toThrow();
    expect(await columns('Widget')).toEqual(['id', 'name', 'size']);
  });
});
