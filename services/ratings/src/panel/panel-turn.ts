// What the chair approves is decided by the lead's proposals and the panel's setting as much as by its
// decisions; those reach the service outside the panel workflow's queue. So each of them and the approval
// take turns on the panel's row: an approval reads the set once the change before it has committed, and a
// change after it finds the set approved.
import { problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import type { Prisma } from '../generated/prisma/client.ts';

/** Waits for the panel's turn, in `tx`, until it commits. */
export async function takePanelTurn(tx: Prisma.TransactionClient, inspectionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Panel" WHERE "inspectionId" = ${inspectionId}::uuid FOR UPDATE`;
}

/** The panel's turn for a change to what the chair approves: refused once a set is approved. */
export async function refuseOnceApproved(tx: Prisma.TransactionClient, inspectionId: string): Promise<void> {
  await takePanelTurn(tx, inspectionId);
  if (await tx.finalRatingSet.count({ where: { inspectionId } }))
    throw new HttpError(problem('ratings-approved'));
}
