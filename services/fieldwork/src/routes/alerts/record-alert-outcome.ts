// POST /api/fieldwork/alerts/:alertId/outcome: how the alert ended; it is then closed for good.
import { AlertOutcomeBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerAlertMove } from '../../alerts/alert-move-route.ts';

export function registerRecordAlertOutcome(app: App, db: FieldworkDb) {
  registerAlertMove(app, db, {
    path: 'outcome',
    summary: 'Record the outcome of a safeguarding alert and close it (after at least one action)',
    body: AlertOutcomeBody,
    toMove: ({ outcome }) => ({ type: 'record-outcome', outcome }),
  });
}
