// Prisma does not generate triggers: every service migration that creates AuditEntry must carry the
// append-only text by hand, or the table would silently accept UPDATE and DELETE.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_APPEND_ONLY_SQL } from '../src/index.ts';

const servicesDir = fileURLToPath(new URL('../../../services', import.meta.url));

function migrationsCreatingAuditEntry(): { name: string; text: string }[] {
  return readdirSync(servicesDir).flatMap((service) => {
    const migrationsDir = join(servicesDir, service, 'prisma', 'migrations');
    if (!existsSync(migrationsDir)) return [];
    return readdirSync(migrationsDir)
      .map((folder) => join(migrationsDir, folder, 'migration.sql'))
      .filter((path) => existsSync(path))
      .map((path) => ({ name: path.slice(servicesDir.length + 1), text: readFileSync(path, 'utf8') }))
      .filter(({ text }) => text.includes('CREATE TABLE "AuditEntry"'));
  });
}

describe('service migrations', () => {
  it('make every AuditEntry table append-only', () => {
    const migrations = migrationsCreatingAuditEntry();
    expect(migrations.length).toBeGreaterThan(0);
    for (const { name, text } of migrations) {
      expect(text.includes(AUDIT_APPEND_ONLY_SQL), `${name} lacks AUDIT_APPEND_ONLY_SQL`).toBe(true);
    }
  });
});
