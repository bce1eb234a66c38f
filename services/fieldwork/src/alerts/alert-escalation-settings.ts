// The inspection's alert escalation, as the lead inspector set it with the QA settings (null: not set).
import { alertEscalationSchema, type AlertEscalation } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export async function alertEscalationFor(
  db: FieldworkDb | Prisma.TransactionClient,
  inspectionId: string,
): Promise<AlertEscalation | null> {
  const settings = await db.qaSettings.findUnique({ where: { inspectionId } });
  return alertEscalationSchema.nullable().parse(settings?.alertEscalation ?? null);
}
