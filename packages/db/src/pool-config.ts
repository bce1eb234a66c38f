// How a service connects: the database URL plus the PostgreSQL schema the service owns.
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { parse as parseConnectionString } from 'pg-connection-string';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { directSql, type DirectSql } from './direct-sql.ts';

/**
 * The TLS modes of libpq's `sslmode`, which yji reads from DATABASE_URL (`?sslmode=verify-full&sslrootcert=
 * /etc/yji/pg-ca.pem`) so that the URL means the same to yji, `psql` and Prisma's own CLI. `prefer` and
 * `allow` (fall back to plain text) are not offered: pg cannot fall back, and a service should not.
 */
export const SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface DatabaseTls {
  mode: SslMode;
  /** The CA that signed the server's certificate (`sslrootcert`); the system's CAs when absent. */
  rootCertFile?: string;
}

/** The URL's TLS settings; throws naming the parameter when `sslmode` is not one yji offers. */
export function databaseTls(databaseUrl: string): DatabaseTls {
  const params = new URL(databaseUrl).searchParams;
  const mode = params.get('sslmode') ?? 'disable';
  if (!(SSL_MODES as readonly string[]).includes(mode)) {
    throw new Error(`sslmode must be one of ${SSL_MODES.join(', ')}`);
  }
  const rootCertFile = params.get('sslrootcert') ?? undefined;
  return { mode: mode as SslMode, ...(rootCertFile ? { rootCertFile } : {}) };
}

/** pg's `ssl` option for a mode: `require` encrypts, `verify-ca` checks the chain, `verify-full` the name too. */
function sslOption({ mode, rootCertFile }: DatabaseTls): false | ConnectionOptions {
  if (mode === 'disable') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  const ca = rootCertFile ? readFileSync(rootCertFile, 'utf8') : undefined;
  return {
    rejectUnauthorized: true,
    ...(ca ? { ca } : {}),
    ...(mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}),
  };
}

/**
 * How long a statement waits for a free connection before it fails as busy (`isDatabaseBusy`, a 503 with
 * Retry-After): under overload a bounded wait, rather than a queue that grows until requests time out.
 */
export const POOL_WAIT_MS = 3000;

/**
 * The pg pool settings for one service's schema. The URL is split into fields because pg lets a
 * connectionString override `database` (which would point Prisma's shadow database at the real one);
 * search_path puts unqualified names, in migrations and raw SQL alike, in the service's schema, as
 * `?schema=` does for the Prisma CLI. `max` is the pool size (DATABASE_POOL_SIZE); `connectionTimeoutMillis` the wait for a free connection.
 */
export function poolConfigFor(
  databaseUrl: string,
  schema: string,
  max = 10,
  connectionTimeoutMillis = POOL_WAIT_MS,
) {
  const { host, port, user, password, database } = parseConnectionString(databaseUrl);
  return {
    host: host ?? '127.0.0.1',
    port: port ? Number(port) : 5432,
    user: user ?? undefined,
    password: password ?? undefined,
    database: database ?? undefined,
    ssl: sslOption(databaseTls(databaseUrl)),
    max,
    connectionTimeoutMillis,
    options: `-c search_path="${schema}"`,
  };
}

/**
 * A service's Prisma client with `sql`, the hot paths' direct statements (direct-sql.ts), over one pool: both
 * count against the same DATABASE_POOL_SIZE and wait POOL_WAIT_MS alike. Prisma's `$disconnect` ends it.
 */
export function prismaWithDirectSql<Client extends object>(
  clientFor: (adapter: PrismaPg) => Client,
  databaseUrl: string,
  schema: string,
  poolSize?: number,
): Client & { readonly sql: DirectSql } {
  const pool = new pg.Pool(poolConfigFor(databaseUrl, schema, poolSize));
  // An idle connection's failure (the server restarted) only drops it from the pool; unheard, it would end
  // the process. Prisma's adapter listens too, but only from its first statement.
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { schema, disposeExternalPool: true });
  return Object.assign(clientFor(adapter), { sql: directSql(pool) });
}

export function prismaAdapterFor(databaseUrl: string, schema: string, poolSize?: number) {
  return new PrismaPg(poolConfigFor(databaseUrl, schema, poolSize), { schema });
}

/** pg-pool's refusal when no connection came free within POOL_WAIT_MS. */
const POOL_WAIT_EXCEEDED = 'timeout exceeded when trying to connect';
/** Prisma's refusal of an interactive transaction that could not start (or finish) in its time. */
const TRANSACTION_TIMED_OUT = 'P2028';
/** Prisma's refusal when PostgreSQL would open no more connections (a model query or a transaction). */
const TOO_MANY_CONNECTIONS = 'P2037';
/** PostgreSQL's own SQLSTATE for it, as pg gives it to a direct statement (direct-sql.ts). */
const TOO_MANY_CONNECTIONS_SQLSTATE = '53300';
/**
 * The driver adapter's kind for the same refusal (SQLSTATE 53300, a server at max_connections), which a
 * raw query carries under another code (P2010).
 */
const TOO_MANY_CONNECTIONS_KIND = 'TooManyConnections';

type PrismaFailure = Error & {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
};

/**
 * Whether `error` says the database was too busy to take the statement: every connection stayed in use
 * past the wait, or PostgreSQL refused a new one (too many connections; on a server shared with other
 * work, issue 12). Nothing of the statement ran; the caller may try again shortly.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, meta } = error as PrismaFailure;
  return (
    error.message === POOL_WAIT_EXCEEDED ||
    code === TRANSACTION_TIMED_OUT ||
    code === TOO_MANY_CONNECTIONS ||
    code === TOO_MANY_CONNECTIONS_SQLSTATE ||
    meta?.driverAdapterError?.cause?.kind === TOO_MANY_CONNECTIONS_KIND
  );
}
