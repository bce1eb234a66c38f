// What the lead inspector's commands share: their type, the audit entry naming the person who decided,
// and the lookups every decision starts from.
import { problem, type Actor } from '@yji/contracts';
import { appendAudit, type AuditDetails } from '@yji/db';
import { commandHandlers, CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { loadSample } from '../store/sample-store.ts';

/** Declares a command's handler: `export const xHandler = inspectionCommand(x, (db, request) => …)`. */
export const inspectionCommand = commandHandlers<InspectionDb>();
export type Tx = Prisma.TransactionClient;

export function auditDecision(
  tx: Tx,
  actor: Actor,
  inspectionId: string,
  action: string,
  entityId: string,
  extra: { reason?: string; details?: AuditDetails } = {},
) {
  return appendAudit(tx, {
    actor,
    action,
    entityType: action.split('.')[0]!,
    entityId,
    inspectionId,
    ...extra,
  });
}

/** The inspection a decision is about; refused when there is none, or once its case data is purged. */
export async function requireInspection(tx: Tx, inspectionId: string) {
  const inspection = await tx.inspection.findUnique({ where: { id: inspectionId } });
  if (!inspection) throw new CommandRejected(problem('not-found', { what: 'inspection' }));
  await refuseIfPurged(tx, inspectionId, CommandRejected);
  return inspection;
}

export async function requireSample(tx: Tx, inspectionId: string) {
  const sample = await loadSample(tx, inspectionId);
  if (!sample) throw new CommandRejected(problem('no-sample'));
  return sample;
}
