// A service's history squashed into one migration, against the real PostgreSQL the test harness provides: a
// schema the old history built is baselined (nothing of the squash runs), one built by part of it is refused.
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SHARED_HISTORY } from '@yji/db';
import { applyMigrations, createMigration, type MigrationTarget } from './commands.ts';
import { schemaDrift } from './schema-drift.ts';

const schema = `datasource db {
  provider = "postgresql"
}

model Widget {
  id   String @id
  name String
  size Int    @default(0)
}
`;

describe('a squashed history', async () => {
  const databaseUrl = inject('databaseUrl');
  const root = await mkdtemp(join(tmpdir(), 'yji-baseline-'));
  const sharedNames = (await readdir(SHARED_HISTORY.migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sharedTables = sharedNames.filter((name) => name.endsWith('_shared_tables'));
  const sharedRest = sharedNames.filter((name) => !sharedTables.includes(name));

  // The old history: its first migration made the shared tables (their SQL as their history has it now) with
  // the service's own, its second changed the service's table.
  const sharedSql = await Promise.all(
    sharedNames.map((name) => readFile(join(SHARED_HISTORY.migrationsDir, name, 'migration.sql'), 'utf8')),
  );
  const oldHistory: [string, string][] = [
    [
      '20250101000000_init',
      `${sharedSql.join('\n')}\nCREATE TABLE "Widget" ("id" TEXT NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Widget_pkey" PRIMARY KEY ("id"));`,
    ],
    ['20250102000000_size', 'ALTER TABLE "Widget" ADD COLUMN "size" INTEGER NOT NULL DEFAULT 0;'],
  ];
  const prismaDirWith = async (name: string, migrations: [string, string][]) => {
    const prismaDir = join(root, name);
    await mkdir(join(prismaDir, 'schema'), { recursive: true });
    await writeFile(join(prismaDir, 'schema', 'schema.prisma'), schema);
    for (const [folder, sql] of migrations) {
      await mkdir(join(prismaDir, 'migrations', folder), { recursive: true });
      await writeFile(join(prismaDir, 'migrations', folder, 'migration.sql'), sql);
    }
    return prismaDir;
  };

  const squashed = await prismaDirWith('squashed', []);
  const init = '20250103000000_init';
  const schemas: string[] = [];
  /** A schema built by `old`, then the squashed service on it. */
  const builtBy = async (old: [string, string][]) => {
    const name = `migrate_baseline_${randomUUID().slice(0, 8)}`;
    schemas.push(name);
    const before: MigrationTarget = {
      prismaDir: await prismaDirWith(name, old),
      schema: name,
      databaseUrl,
      shared: [],
    };
    await applyMigrations(before);
    const after: MigrationTarget = {
      prismaDir: squashed,
      schema: name,
      databaseUrl,
      shared: [SHARED_HISTORY],
      squashed: {
        before: 'abc1234',
        replaced: oldHistory.map(([folder]) => folder),
        into: { shared: sharedTables, own: [init] },
      },
    };
    return after;
  };

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  afterAll(async () => {
    for (const name of schemas) await db.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    await db.end();
  });

  it('squashes into one migration of the service’s own table', async () => {
    expect(
      await createMigration(
        { prismaDir: squashed, schema: 'unused', databaseUrl, shared: [SHARED_HISTORY] },
        'init',
        new Date('2025-01-03T00:00:00Z'),
      ),
    ).toBe(init);
    expect(sharedTables).toHaveLength(1);
  });

  it('baselines a schema the old history built: records the squash as applied, runs none of it', async () => {
    const target = await builtBy(oldHistory);
    await db.query(`INSERT INTO "${target.schema}"."Widget" (id, name, size) VALUES ('w1', 'one', 3)`);

    // The squash's migrations would fail if they ran: their tables exist.
    expect(await applyMigrations(target)).toEqual({
      applied: sharedRest,
      baselined: [...sharedTables, init],
    });
    expect((await db.query(`SELECT id, name, size FROM "${target.schema}"."Widget"`)).rows).toEqual([
      { id: 'w1', name: 'one', size: 3 },
    ]);
    const recorded = await db.query<{ migration_name: string; applied_steps_count: number }>(
      `SELECT migration_name, applied_steps_count FROM "${target.schema}"._prisma_migrations
        WHERE migration_name = ANY($1) ORDER BY migration_name`,
      [[...sharedTables, init]],
    );
    expect(recorded.rows).toEqual(
      [...sharedTables, init].sort().map((name) => ({ migration_name: name, applied_steps_count: 0 })),
    );
    expect(await schemaDrift(target)).toBe('');
    expect(await applyMigrations(target)).toEqual({ applied: [], baselined: [] });
  });

  it('refuses a schema that has only part of the old history, and changes nothing in it', async () => {
    const target = await builtBy(oldHistory.slice(0, 1));
    await expect(applyMigrations(target)).rejects.toThrow(
      `${target.schema}: the schema has only part of the migrations squashed into ${init} (not applied: 20250102000000_size)`,
    );
    const recorded = await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "${target.schema}"._prisma_migrations ORDER BY migration_name`,
    );
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(['20250101000000_init']);
  });

  it('records a shared migration of the squash on a schema an earlier version of the squash built', async () => {
    // That version's init still made the shared tables itself.
    const target = await builtBy([[init, oldHistory.map(([, sql]) => sql).join('\n')]]);
    await db.query(`INSERT INTO "${target.schema}"."Widget" (id, name, size) VALUES ('w1', 'one', 3)`);
    expect(await applyMigrations(target)).toEqual({ applied: sharedRest, baselined: sharedTables });
    expect((await db.query(`SELECT id FROM "${target.schema}"."Widget"`)).rows).toEqual([{ id: 'w1' }]);
    expect(await schemaDrift(target)).toBe('');
  });

  it('applies the squash whole to an empty schema', async () => {
    const target = await builtBy([]);
    expect(await applyMigrations(target)).toEqual({ applied: [...sharedNames, init], baselined: [] });
    expect(await schemaDrift(target)).toBe('');
  });
});
