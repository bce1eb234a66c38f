// The purged check for a writer that knows the task or the alert it changes but not yet its inspection:
// service-kit's refuseIfPurged, whose retention lock is taken before any row lock, as the purge's lock order
// asks (@yji/db retention-lock.ts). So the transaction starts here, and locks the task or the alert after.
import { refuseIfPurged } from '@yji/service-kit';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PurgeRefusal } from '../qa/assessment-snapshot.ts';

const INSPECTION_OF = {
  task: 'SELECT "inspectionId" FROM "CaseTask" WHERE id = $1::uuid',
  alert: 'SELECT "inspectionId" FROM "SafeguardingAlert" WHERE id = $1::uuid',
} as const;

/** refuseIfPurged for the inspection of the task or the alert `id`; none found is left to the caller. */
export async function refuseIfPurgedFor(
  tx: Prisma.TransactionClient,
  what: keyof typeof INSPECTION_OF,
  id: string,
  refusal: PurgeRefusal,
): Promise<void> {
  const [found] = await tx.$queryRawUnsafe<{ inspectionId: string }[]>(INSPECTION_OF[what], id);
  if (found) await refuseIfPurged(tx, found.inspectionId, refusal);
}
