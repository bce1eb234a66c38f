// The tables every service shares come from one place: each service's copy of the models is the source's,
// and each service's database schema has the tables and the audit log's append-only triggers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { OPTIONAL_SHARED_HISTORIES, SHARED_MODELS_FILE, sharedModelsForService } from '../src/index.ts';
import { REDACTS_REASONS, schemaFolderOf, servicesWithData } from './services.ts';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
});
afterAll(() => client?.end());

describe.each(servicesWithData)('the %s service', (service) => {
  it('has the shared models as the source has them (run `pnpm migrate new all <name>` after changing them)', async () => {
    const copy = readFileSync(join(schemaFolderOf(service), SHARED_MODELS_FILE), 'utf8');
    expect(copy).toBe(await sharedModelsForService());
    for (const { copyFile, modelsFile } of OPTIONAL_SHARED_HISTORIES) {
      const optional = join(schemaFolderOf(service), copyFile);
      if (existsSync(optional))
        expect(readFileSync(optional, 'utf8')).toBe(await sharedModelsForService(modelsFile));
    }
  });

  it('has the shared tables, and the audit log refuses UPDATE, DELETE and TRUNCATE by trigger', async () => {
    const tables = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
      [service],
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['AuditEntry', 'OutboxMessage', 'ProcessedMessage', 'ParkedMessage']),
    );
    const triggers = await client.query<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = format('%I.%I', $1::text, 'AuditEntry')::regclass
         AND NOT tgisinternal ORDER BY tgname`,
      [service],
    );
    expect(triggers.rows.map((row) => row.tgname)).toEqual([
      'AuditEntry_append_only',
      'AuditEntry_no_truncate',
      ...(REDACTS_REASONS.includes(service) ? ['AuditEntry_reason_redaction_only'] : []),
    ]);
  });
});
