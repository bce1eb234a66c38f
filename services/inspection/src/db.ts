import { prismaAdapterFor } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'inspection';

export type InspectionDb = PrismaClient;

/** `poolSize` is DATABASE_POOL_SIZE; without it, @yji/db's default. */
export function createDb(databaseUrl: string, poolSize?: number): InspectionDb {
  return new PrismaClient({ adapter: prismaAdapterFor(databaseUrl, SCHEMA, poolSize) });
}
