// Every service that owns data keeps its Prisma schema files in services/<name>/prisma/schema and its tables
// in the PostgreSQL schema <name>, which also gets the shared tables (packages/db): those every service has,
// and those whose copy its schema folder holds. This finds them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OPTIONAL_SHARED_HISTORIES, SHARED_HISTORY } from '@yji/db';
import { SCHEMA_FOLDER, type MigrationTarget } from './commands.ts';
import { SQUASHED_HISTORIES } from './squashed-histories.ts';

export function findServiceTargets(repoRoot: string, databaseUrl: string): MigrationTarget[] {
  const servicesDir = join(repoRoot, 'services');
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(servicesDir, entry.name, 'prisma', SCHEMA_FOLDER)),
    )
    .map((entry) => ({
      prismaDir: join(servicesDir, entry.name, 'prisma'),
      schema: entry.name,
      databaseUrl,
      shared: [
        SHARED_HISTORY,
        ...OPTIONAL_SHARED_HISTORIES.filter((shared) =>
          existsSync(join(servicesDir, entry.name, 'prisma', SCHEMA_FOLDER, shared.copyFile)),
        ),
      ],
      squashed: SQUASHED_HISTORIES[entry.name],
    }))
    .sort((a, b) => (a.schema < b.schema ? -1 : 1));
}
