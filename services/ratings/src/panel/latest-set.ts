// The inspection's latest approved set of final ratings (a correction's set supersedes the one before).
import type { RatingsDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export const latestSet = (db: RatingsDb | Prisma.TransactionClient, inspectionId: string) =>
  db.finalRatingSet.findFirst({
    where: { inspectionId },
    orderBy: { approvedAt: 'desc' },
    include: { standards: true },
  });
