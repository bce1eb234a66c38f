// One move of a safeguarding alert, in one transaction with the alert row locked (after the purged check and
// its retention lock, access/purge-guard.ts: 409 inspection-purged once the purge has run): the domain
// decides whether it may be made now and by whom (safeguarding/alert-lifecycle.ts); the row, the action or
// outcome text, the audit entry and, for an escalation, the event commit together. Audit details hold ids and
// states only. An action sent with an Idempotency-Key is recorded once (keyed-insert.ts): a repeat answers
// the alert as it is.
import type { z } from 'zod';
import { alertEscalated, problem } from '@yji/contracts';
import { appendToOutbox, type AuditActor } from '@yji/db';
import { moveAlert, type AlertRefusal, type Mover } from '@yji/domain';
import { HttpError, insertOnce, keyedId } from '@yji/service-kit';
import { refuseIfPurgedFor } from '../access/purge-guard.ts';
import { auditAlert } from '../audit/audit-alert.ts';
import type { FieldworkDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { alertEscalationFor } from './alert-escalation-settings.ts';
import { escalationOf, lifecycleOf } from './alert-record.ts';

export type AlertMoveInput =
  | { type: 'escalate' }
  | { type: 'acknowledge' }
  | { type: 'record-action'; action: string; idempotencyKey?: string }
  | { type: 'record-outcome'; outcome: string };

function refused(error: { code: AlertRefusal; message: string }): HttpError {
  return error.code === 'not-responsible' || error.code === 'not-on-team' || error.code === 'system-only'
    ? new HttpError(problem('duty-refused', { reason: error.message }))
    : new HttpError(problem('alert-not-open', { reason: error.message }));
}

function changesFor(move: AlertMoveInput, at: Date, actorId: string | null) {
  switch (move.type) {
    case 'escalate':
      return { state: 'escalated', escalatedAt: at };
    case 'acknowledge':
      return { state: 'acknowledged', acknowledgedAt: at, acknowledgedBy: actorId };
    case 'record-action':
      return { state: 'action-recorded' };
    case 'record-outcome':
      return { state: 'closed', closedAt: at, outcome: move.outcome, outcomeBy: actorId };
  }
}

async function lockedAlert(tx: Prisma.TransactionClient, alertId: string) {
  await tx.$executeRawUnsafe('SELECT 1 FROM "SafeguardingAlert" WHERE id = $1::uuid FOR UPDATE', alertId);
  const alert = await tx.safeguardingAlert.findUnique({ where: { id: alertId }, include: { actions: true } });
  if (!alert) throw new HttpError(problem('not-found', { what: 'alert' }));
  return alert;
}

/** The person's action on the alert, stored once under its key: whether this was a repeat of the one stored. */
async function recordActionOnce(
  tx: Prisma.TransactionClient,
  alertId: string,
  move: Extract<AlertMoveInput, { type: 'record-action' }>,
  by: string,
  at: Date,
) {
  const id = keyedId(move.idempotencyKey, 'alert-action', by, alertId);
  const { repeat } = await insertOnce({
    insert: () =>
      tx.alertAction.createMany({
        data: { id, alertId, action: move.action, by, at },
        skipDuplicates: true,
      }),
    stored: () => tx.alertAction.findUniqueOrThrow({ where: { id } }),
    sent: { action: move.action },
    asSent: (row) => ({ action: row.action }),
  });
  return repeat;
}

export function applyAlertMove(
  db: FieldworkDb,
  alertId: string,
  move: AlertMoveInput,
  mover: Mover,
  actor: AuditActor,
) {
  return db.$transaction(async (tx) => {
    // Every move, the system's escalation too: once the purge replaced its report, there is no urgency to tell.
    await refuseIfPurgedFor(tx, 'alert', alertId, HttpError);
    const alert = await lockedAlert(tx, alertId);
    const at = new Date();
    const actorId = mover === 'system' ? null : mover.userId;
    // Stored before the lifecycle decides, so that a repeat is answered as the first was even once the alert
    // has moved on (closed, say); a refusal below rolls the new action back with the rest.
    if (
      move.type === 'record-action' &&
      actorId &&
      (await recordActionOnce(tx, alertId, move, actorId, at))
    ) {
      await auditAlert(tx, actor, alert, 'alert.read');
      return lockedAlert(tx, alertId);
    }
    const settings = await alertEscalationFor(tx, alert.inspectionId);
    const outcome = moveAlert(
      lifecycleOf(alert, alert.actions.length),
      { type: move.type, at: at.toISOString() },
      mover,
      escalationOf(alert, alert.escalateAfterMs ?? settings?.escalateAfterMs),
    );
    if (!outcome.ok) throw refused(outcome.error);
    await tx.safeguardingAlert.update({
      where: { id: alertId },
      data: { ...changesFor(move, at, actorId), lastMovedAt: at },
    });
    if (move.type === 'escalate')
      await appendToOutbox(tx, alertEscalated.subject, {
        alertId,
        inspectionId: alert.inspectionId,
        taskId: alert.taskId,
        caseRef: alert.caseRef,
        urgency: (alert.report as { urgency: 'immediate' | 'urgent' | 'before-inspection-ends' }).urgency,
        escalatedTo: alert.escalatesTo,
      } satisfies z.input<typeof alertEscalated.payload>);
    await auditAlert(tx, actor, { id: alertId, inspectionId: alert.inspectionId }, `alert.${move.type}`, {
      state: outcome.alert.state,
      taskId: alert.taskId,
    });
    return lockedAlert(tx, alertId);
  });
}
