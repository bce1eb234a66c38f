// Every service that owns data keeps its Prisma folder at services/<name>/prisma and its tables in the
// PostgreSQL schema <name>; this finds them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationTarget } from './commands.ts';

export function findServiceTargets(repoRoot: string, databaseUrl: string): MigrationTarget[] {
  const servicesDir = join(repoRoot, 'services');
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(servicesDir, entry.name, 'prisma', 'schema.prisma')),
    )
    .map((entry) => ({ prismaDir: join(servicesDir, entry.name, 'prisma'), schema: entry.name, databaseUrl }))
    .sort((a, b) => (a.schema < b.schema ? -1 : 1));
}
