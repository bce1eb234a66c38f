// POST /api/fieldwork/alerts/:alertId/actions: what was done about an acknowledged alert (several may follow).
// Each adds a record, so it takes an Idempotency-Key: a resend (a timeout, a refresh) adds no second one.
import { AlertActionBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerAlertMove } from '../../alerts/alert-move-route.ts';

export function registerRecordAlertAction(app: App, db: FieldworkDb) {
  registerAlertMove(app, db, {
    path: 'actions',
    summary: 'Record an action taken on a safeguarding alert',
    body: AlertActionBody,
    keyed: true,
    toMove: ({ action }, idempotencyKey) => ({ type: 'record-action', action, idempotencyKey }),
  });
}
