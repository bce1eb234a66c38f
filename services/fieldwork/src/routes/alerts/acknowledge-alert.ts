// POST /api/fieldwork/alerts/:alertId/acknowledge: the lead inspector (or, once escalated, the second named
// person) acknowledges an alert; its escalation timer stops.
import type { Client } from '@temporalio/client';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerAlertMove } from '../../alerts/alert-move-route.ts';
import { signalAlertAcknowledged } from '../../alerts/alert-workflow.ts';

export function registerAcknowledgeAlert(app: App, db: FieldworkDb, temporal: Client) {
  registerAlertMove(app, db, {
    path: 'acknowledge',
    summary: 'Acknowledge a safeguarding alert',
    toMove: () => ({ type: 'acknowledge' }),
    afterMove: (alertId) => signalAlertAcknowledged(temporal, alertId),
  });
}
