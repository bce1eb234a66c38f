// The Prisma CLI's view of a service: its schema folder (its own models and its copy of the shared ones),
// its migrations, and, when DATABASE_URL is set, its PostgreSQL schema. The native `prisma migrate deploy`
// reaches that schema through `?schema=`, as `pnpm migrate deploy` does through search_path.
import type { PrismaConfig } from 'prisma';

export function servicePrismaConfig(schema: string): PrismaConfig {
  const databaseUrl = process.env.DATABASE_URL;
  return {
    schema: 'prisma/schema',
    migrations: { path: 'prisma/migrations' },
    // `prisma generate` needs no database; the other commands do.
    ...(databaseUrl
      ? { datasource: { url: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}schema=${schema}` } }
      : {}),
  };
}
