import { prismaAdapterFor } from '@yji/db';
import { PrismaClient } from './generated/prisma/client.ts';

export const SCHEMA = 'fieldwork';

export type FieldworkDb = PrismaClient;

export function createDb(databaseUrl: string): FieldworkDb {
  return new PrismaClient({ adapter: prismaAdapterFor(databaseUrl, SCHEMA) });
}
