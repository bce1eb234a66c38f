// appendAudit and the append-only trigger, in a scratch schema of the real PostgreSQL.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { AUDIT_APPEND_ONLY_SQL, appendAudit, poolConfigFor, type RawSql } from '../src/index.ts';

// The table as Prisma generates it from the model in README.md.
const CREATE_AUDIT_ENTRY = `CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "actorRoles" TEXT[],
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "inspectionId" UUID,
    "requestId" TEXT,
    "reason" TEXT,
    "details" JSONB,
    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
)`;

const schema = `audit_test_${randomBytes(4).toString('hex')}`;
let client: pg.Client;
let sql: RawSql;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  client = new pg.Client(poolConfigFor(inject('databaseUrl'), schema));
  await client.connect();
  await client.query(`${CREATE_AUDIT_ENTRY};\n${AUDIT_APPEND_ONLY_SQL}`);
  sql = {
    $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) =>
      (await client.query(query, values)).rows as T,
  };
});
afterAll(async () => {
  await client?.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client?.end();
});

const rows = async () => (await client.query('SELECT * FROM "AuditEntry" ORDER BY "action"')).rows;

describe('the audit log', () => {
  it('appends entries that can be neither updated, deleted nor truncated', async () => {
    const inspectionId = '6f1c2a7e-8a38-4c55-9a51-2f0a4f7b9d10';
    await client.query('BEGIN');
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
    await client.query('COMMIT');

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

    await expect(client.query(`UPDATE "AuditEntry" SET "actorId" = 'someone-else'`)).rejects.toThrow(
      'AuditEntry is append-only: UPDATE is not allowed',
    );
    await expect(client.query(`DELETE FROM "AuditEntry" WHERE id = $1`, [created])).rejects.toThrow(
      'AuditEntry is append-only: DELETE is not allowed',
    );
    await expect(client.query('TRUNCATE "AuditEntry"')).rejects.toThrow(
      'AuditEntry is append-only: TRUNCATE is not allowed',
    );
    expect(await rows()).toEqual(before);
  });

  it('refuses an action that is not a name, writing nothing', async () => {
    const count = (await rows()).length;
    await expect(
      appendAudit(sql, {
        actor: { userId: 'inspector-1', roles: ['inspector'] },
        action: 'case.read by Jo Bloggs',
        entityType: 'case',
        entityId: 'WMR-0042',
      }),
    ).rejects.toThrow('audit action "case.read by Jo Bloggs" must look like "inspection.created"');
    expect(await rows()).toHaveLength(count);
  });
});
