// How a service connects: the database URL plus the PostgreSQL schema the service owns.
import { parse as parseConnectionString } from 'pg-connection-string';
import { PrismaPg } from '@prisma/adapter-pg';

/**
 * The pg pool settings for one service's schema. The URL is split into fields because pg lets a
 * connectionString override `database` (which would point Prisma's shadow database at the real one);
 * search_path puts unqualified names, in migrations and raw SQL alike, in the service's schema, as
 * `?schema=` does for the Prisma CLI.
 */
export function poolConfigFor(databaseUrl: string, schema: string, max = 10) {
  const { host, port, user, password, database, ssl } = parseConnectionString(databaseUrl);
  return {
    host: host ?? '127.0.0.1',
    port: port ? Number(port) : 5432,
    user: user ?? undefined,
    password: password ?? undefined,
    database: database ?? undefined,
    ssl: ssl ? true : undefined,
    max,
    options: `-c search_path="${schema}"`,
  };
}

export function prismaAdapterFor(databaseUrl: string, schema: string) {
  return new PrismaPg(poolConfigFor(databaseUrl, schema), { schema });
}
