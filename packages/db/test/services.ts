// The services that own data, as the test database has them: the global setup applied every service's
// migrations, each in the PostgreSQL schema named after the service's folder.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const servicesDir = fileURLToPath(new URL('../../../services', import.meta.url));

export const servicesWithData = readdirSync(servicesDir).filter((service) =>
  existsSync(join(servicesDir, service, 'prisma', 'schema')),
);

export const schemaFolderOf = (service: string) => join(servicesDir, service, 'prisma', 'schema');

/**
 * The services whose audit log records a reason that can name a child (the lead's exclusion reasons): their
 * trigger lets the retention purge empty it (docs/retention.md), and refuses every other UPDATE.
 */
export const REDACTS_REASONS: readonly string[] = ['inspection'];
