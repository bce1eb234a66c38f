// yji's own services, against the real PostgreSQL the test harness provides: the shared tables' history and
// each service's own, applied to an empty schema, give exactly what the service's schema files describe; so
// do the test database's schemas, which the harness deployed (and baselined, were they built before the squash).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from './commands.ts';
import { findServiceTargets } from './targets.ts';
import { schemaDrift } from './schema-drift.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Every service that owns data: each has a schema of its own, and every one the shared tables. */
const EVERY_SCHEMA = ['codec-server', 'fieldwork', 'inspection', 'portal', 'publication', 'ratings'];

describe('the services’ migrations', () => {
  const databaseUrl = inject('databaseUrl');
  const targets = findServiceTargets(repoRoot, databaseUrl);
  const fresh: string[] = [];
  afterAll(async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    for (const schema of fresh) await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.end();
  });

  it('finds every service that owns data, each with the shared tables’ histories it has and its squashed one', () => {
    expect(targets.map((target) => target.schema)).toEqual(EVERY_SCHEMA);
    // The codec server got its schema (its audit log) after the squash: it has no old history to baseline.
    for (const target of targets.filter((target) => target.schema !== 'codec-server'))
      expect(target.squashed?.into.own, target.schema).toHaveLength(1);
    expect(targets.find((target) => target.schema === 'codec-server')?.squashed).toBeUndefined();
    const having = (copyFile: string) =>
      targets
        .filter((target) => target.shared.some((shared) => shared.copyFile === copyFile))
        .map((target) => target.schema);
    expect(having('shared.prisma')).toEqual(EVERY_SCHEMA);
    expect(having('team-membership.prisma')).toEqual(['fieldwork', 'publication', 'ratings']);
    expect(having('retention-purge.prisma')).toEqual(['fieldwork', 'inspection', 'publication', 'ratings']);
    expect(having('request-key.prisma')).toEqual(['inspection', 'publication', 'ratings']);
  });

  it.each(targets.map((target) => [target.schema, target] as const))(
    '%s: an empty schema gets its schema files, with nothing left over',
    async (_, target) => {
      const schema = `migrate_fresh_${target.schema}_${randomUUID().slice(0, 8)}`;
      fresh.push(schema);
      const { applied, baselined } = await applyMigrations({ ...target, schema });
      expect(baselined).toEqual([]);
      expect(applied).toEqual(
        expect.arrayContaining(
          target.squashed
            ? [...target.squashed.into.shared, ...target.squashed.into.own]
            : ['20261127140000_shared_tables'],
        ),
      );
      expect(await schemaDrift({ ...target, schema })).toBe('');
    },
  );

  it.each(targets.map((target) => [target.schema, target] as const))(
    '%s: the test database’s schema is in step with its schema files',
    async (_, target) => {
      expect(await schemaDrift(target)).toBe('');
    },
  );
});
