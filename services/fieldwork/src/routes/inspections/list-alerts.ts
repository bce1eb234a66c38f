// GET /api/fieldwork/inspections/:inspectionId/alerts: every safeguarding alert of the inspection, newest
// first, for its lead inspector (their home page shows the open ones). The read is audited.
import { AlertList } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { toAlertView } from '../../alerts/alert-record.ts';
import { registerLeadInspectorRead } from './lead-inspector-read.ts';

export function registerListAlerts(app: App, db: FieldworkDb) {
  registerLeadInspectorRead(app, db, {
    path: '/api/fieldwork/inspections/:inspectionId/alerts',
    schema: {
      tags: ['safeguarding'],
      summary: 'The inspection’s safeguarding alerts, newest first',
      response: AlertList,
    },
    auditAction: 'alert.read',
    load: (inspectionId) =>
      db.safeguardingAlert.findMany({
        where: { inspectionId },
        include: { actions: { orderBy: { at: 'asc' } } },
        orderBy: { raisedAt: 'desc' },
      }),
    auditDetails: (alerts) => ({ alerts: alerts.map((alert) => alert.id) }),
    answer: (alerts) => ({ alerts: alerts.map(toAlertView) }),
  });
}
