// The report's row, locked for the rest of the transaction. Every change that depends on which version of the
// text is the latest, or whether the report is published, takes it first (a save, the factual check's
// opening, the publication): one comes wholly before another, so none acts on a latest version another is
// about to change.
import type { Prisma } from '../generated/prisma/client.ts';

export async function lockReport(tx: Prisma.TransactionClient, inspectionId: string) {
  await tx.$queryRawUnsafe(`SELECT 1 FROM "Report" WHERE "inspectionId" = $1::uuid FOR UPDATE`, inspectionId);
  return tx.report.findUnique({ where: { inspectionId } });
}
