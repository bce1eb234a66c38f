import { prismaAdapterFor } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'inspection';

export type InspectionDb = PrismaClient;

export function createDb(databaseUrl: string): InspectionDb {
  return new PrismaClient({ adapter: prismaAdapterFor(databaseUrl, SCHEMA) });
}
