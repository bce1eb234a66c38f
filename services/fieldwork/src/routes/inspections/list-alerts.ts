// GET /api/fieldwork/inspections/:inspectionId/alerts: every safeguarding alert of the inspection, newest
// first, for its lead inspector (their home page shows the open ones). The read is audited.
import { AlertList } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';
import { toAlertView } from '../../alerts/alert-record.ts';

export function registerListAlerts(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/inspections/:inspectionId/alerts',
    inspectionRoute(db, ['lead-inspector'], {
      tags: ['safeguarding'],
      summary: 'The inspection’s safeguarding alerts, newest first',
      response: { 200: AlertList },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const alerts = await db.safeguardingAlert.findMany({
        where: { inspectionId },
        include: { actions: { orderBy: { at: 'asc' } } },
        orderBy: { raisedAt: 'desc' },
      });
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'alert.read',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: { alerts: alerts.map((alert) => alert.id) },
      });
      return { alerts: alerts.map(toAlertView) };
    },
  );
}
