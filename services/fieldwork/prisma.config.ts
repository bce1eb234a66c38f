// The Prisma CLI's view of this service. Tables live in the PostgreSQL schema `fieldwork`; the native
// `prisma migrate deploy` reaches it through `?schema=`, as `pnpm migrate deploy` does through search_path.
import { defineConfig } from 'prisma/config';

const SCHEMA = 'fieldwork';
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // `prisma generate` needs no database; the other commands do.
  ...(databaseUrl
    ? { datasource: { url: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}schema=${SCHEMA}` } }
    : {}),
});
