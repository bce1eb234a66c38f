// GET /api/fieldwork/alerts/:alertId: one alert with its actions and outcome, for the lead inspector, the
// person who raised it and, once escalated, the second named person. Every read is audited.
import { AlertIdParams, AlertView } from '@yji/contracts';
import { ANY_ROLE } from '../../access/team-member.ts';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import { auditAlert } from '../../audit/audit-alert.ts';
import type { FieldworkDb } from '../../db.ts';
import { visibleAlert } from '../../alerts/alert-access.ts';
import { toAlertView } from '../../alerts/alert-record.ts';

export function registerReadAlert(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/alerts/:alertId',
    {
      onRequest: requireRole(...ANY_ROLE),
      schema: {
        tags: ['safeguarding'],
        summary: 'A safeguarding alert, its actions and outcome',
        params: AlertIdParams,
        response: { 200: AlertView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { alert } = await visibleAlert(db, request.principal, request.params.alertId);
      await auditAlert(db, actorOf(request), alert, 'alert.read');
      return toAlertView(alert);
    },
  );
}
