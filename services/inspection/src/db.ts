import { prismaWithDirectSql, type DirectSql } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'inspection';

/** Prisma, and `sql` for the hot paths' statements (@yji/db direct-sql.ts) over the same pool. */
export type InspectionDb = PrismaClient & { readonly sql: DirectSql };

/** `poolSize` is DATABASE_POOL_SIZE; without it, @yji/db's default. */
export function createDb(databaseUrl: string, poolSize?: number): InspectionDb {
  return prismaWithDirectSql((adapter) => new PrismaClient({ adapter }), databaseUrl, SCHEMA, poolSize);
}
