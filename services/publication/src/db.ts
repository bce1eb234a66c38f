import { prismaAdapterFor } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'publication';

export type PublicationDb = PrismaClient;

/** `poolSize` is DATABASE_POOL_SIZE; without it, @yji/db's default. */
export function createDb(databaseUrl: string, poolSize?: number): PublicationDb {
  return new PrismaClient({ adapter: prismaAdapterFor(databaseUrl, SCHEMA, poolSize) });
}
