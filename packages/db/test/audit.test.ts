// appendAudit and the append-only trigger, on every service's own AuditEntry table in the real PostgreSQL.
// Each check runs in a transaction that is rolled back, so the log keeps nothing of the test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { appendAudit, inspectionRecordAudit, poolConfigFor, recordAudit, type RawSql } from '../src/index.ts';
import { REDACTS_REASONS, servicesWithData } from './services.ts';

describe.each(servicesWithData)("the %s service's audit log", (service) => {
  let client: pg.Client;
  let sql: RawSql;
  beforeAll(async () => {
    client = new pg.Client(poolConfigFor(inject('databaseUrl'), service));
    await client.connect();
    sql = {
      $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
      $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
        (await client.query(query, values)).rows as T,
    };
  });
  afterAll(() => client?.end());

  /** Runs `check` in a transaction, then rolls it back. */
  const rolledBack = async (check: () => Promise<void>) => {
    await client.query('BEGIN');
    try {
      await check();
    } finally {
      await client.query('ROLLBACK');
    }
  };
  /** A statement expected to fail, without ending the transaction around it. */
  const refused = async (statement: string, values: unknown[] = []) => {
    await client.query('SAVEPOINT refused');
    const failure = await client.query(statement, values).then(
      () => null,
      (error: Error) => error.message,
    );
    await client.query('ROLLBACK TO SAVEPOINT refused');
    return failure;
  };

  it('writes a kind of record’s entries with its type, the record and its inspection', () =>
    rolledBack(async () => {
      const inspectionId = '6f1c2a7e-8a38-4c55-9a51-2f0a4f7b9d10';
      const actor = { userId: 'lead-1', roles: ['lead-inspector'] };
      const ofTask = await recordAudit<'task.read'>('case-task')(
        sql,
        actor,
        { id: 'task-7', inspectionId },
        'task.read',
        { version: 2 },
      );
      const ofReport = await inspectionRecordAudit<'report.read'>('report')(
        sql,
        actor,
        inspectionId,
        'report.read',
      );
      const { rows } = await client.query(
        'SELECT id, "entityType", "entityId", "inspectionId", details FROM "AuditEntry" WHERE id = ANY($1)',
        [[ofTask, ofReport]],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { id: ofTask, entityType: 'case-task', entityId: 'task-7', inspectionId, details: { version: 2 } },
          { id: ofReport, entityType: 'report', entityId: inspectionId, inspectionId, details: null },
        ]),
      );
      expect(rows).toHaveLength(2);
    }));

  it('appends entries that can be neither updated, deleted nor truncated', () =>
    rolledBack(async () => {
      const inspectionId = '6f1c2a7e-8a38-4c55-9a51-2f0a4f7b9d10';
      const created = await appendAudit(sql, {
        actor: { userId: 'lead-1', roles: ['lead-inspector'], requestId: 'req-1' },
        action: 'inspection.created',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
      });
      const read = await appendAudit(sql, {
        actor: { userId: 'qa-1', roles: ['qa-reviewer', 'inspector'] },
        action: 'case.read',
        entityType: 'case',
        entityId: 'WMR-0042',
        inspectionId,
        reason: 'moderation sample',
        details: { fields: ['A1.1', 'A1.2'], framework: 'd2-v6.5' },
      });
      const rows = async () =>
        (
          await client.query('SELECT * FROM "AuditEntry" WHERE id = ANY($1) ORDER BY action', [
            [created, read],
          ])
        ).rows;
      const before = await rows();
      expect(before).toEqual([
        {
          id: read,
          at: expect.any(Date),
          actorId: 'qa-1',
          actorRoles: ['qa-reviewer', 'inspector'],
          action: 'case.read',
          entityType: 'case',
          entityId: 'WMR-0042',
          inspectionId,
          requestId: null,
          reason: 'moderation sample',
          details: { fields: ['A1.1', 'A1.2'], framework: 'd2-v6.5' },
        },
        expect.objectContaining({
          id: created,
          action: 'inspection.created',
          requestId: 'req-1',
          details: null,
        }),
      ]);

      expect(await refused(`UPDATE "AuditEntry" SET "actorId" = 'someone-else' WHERE id = $1`, [read])).toBe(
        REDACTS_REASONS.includes(service)
          ? 'AuditEntry is append-only: UPDATE is allowed only to purge it under the retention policy'
          : 'AuditEntry is append-only: UPDATE is not allowed',
      );
      expect(await refused('DELETE FROM "AuditEntry" WHERE id = $1', [created])).toBe(
        'AuditEntry is append-only: DELETE is not allowed',
      );
      expect(await refused('TRUNCATE "AuditEntry"')).toBe(
        'AuditEntry is append-only: TRUNCATE is not allowed',
      );
      expect(await rows()).toEqual(before);
    }));

  it('refuses an action that is not a name, writing nothing', () =>
    rolledBack(async () => {
      const count = async () =>
        Number((await client.query('SELECT count(*) FROM "AuditEntry"')).rows[0].count);
      const before = await count();
      await expect(
        appendAudit(sql, {
          actor: { userId: 'inspector-1', roles: ['inspector'] },
          action: 'case.read by Jo Bloggs',
          entityType: 'case',
          entityId: 'WMR-0042',
        }),
      ).rejects.toThrow('audit action "case.read by Jo Bloggs" must look like "inspection.created"');
      expect(await count()).toBe(before);
    }));
});
