// The codec server's database: its own PostgreSQL schema, which holds its audit log (the shared AuditEntry
// table) and nothing else it uses.
import { prismaAdapterFor } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'codec-server';

export type CodecDb = PrismaClient;

/** `poolSize` is DATABASE_POOL_SIZE; without it, @yji/db's default. */
export function createDb(databaseUrl: string, poolSize?: number): CodecDb {
  return new PrismaClient({ adapter: prismaAdapterFor(databaseUrl, SCHEMA, poolSize) });
}
