// GET /api/fieldwork/alerts/escalated: the open safeguarding alerts escalated to the caller as an inspection's
// second named person, while they may still be it (the domain's isEscalatedTo), latest escalation first, for
// their home page. Ids, urgency, state and when it escalated only: each alert's own page
// (GET …/alerts/:alertId) reads what it says. The read is audited per inspection, as the lead inspector's list
// of an inspection's alerts is. A closed alert asks nothing more of anyone: it is not listed.
import { EscalatedAlertList } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { isEscalatedTo } from '@yji/domain';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import { ANY_ROLE, teamMembersOn } from '../../access/team-member.ts';
import type { FieldworkDb } from '../../db.ts';
import { stateOf, urgencyOf } from '../../alerts/alert-record.ts';

export function registerListEscalatedAlerts(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/alerts/escalated',
    {
      onRequest: requireRole(...ANY_ROLE),
      schema: {
        tags: ['safeguarding'],
        summary: 'The safeguarding alerts escalated to the caller as the second named person',
        description:
          'Open alerts only; ids, urgency, state and when it escalated, latest escalation first; an alert is ' +
          'listed while the caller may ' +
          'still be the inspection’s second named person (on its team, not as the YJS’s contact).',
        response: { 200: EscalatedAlertList, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const { principal } = request;
      const named = await db.safeguardingAlert.findMany({
        where: { escalatesTo: principal.userId, escalatedAt: { not: null }, state: { not: 'closed' } },
        orderBy: { escalatedAt: 'desc' },
      });
      const members = await teamMembersOn(db, principal, [
        ...new Set(named.map((alert) => alert.inspectionId)),
      ]);
      const alerts = named.filter((alert) => isEscalatedTo(alert, members.get(alert.inspectionId)!));
      const listedIn = new Map<string, string[]>();
      for (const alert of alerts)
        listedIn.set(alert.inspectionId, [...(listedIn.get(alert.inspectionId) ?? []), alert.id]);
      const actor = actorOf(request);
      await db.$transaction(async (tx) => {
        for (const [inspectionId, listed] of listedIn)
          await appendAudit(tx, {
            actor,
            action: 'alert.read',
            entityType: 'inspection',
            entityId: inspectionId,
            inspectionId,
            details: { alerts: listed },
          });
      });
      return {
        alerts: alerts.map((alert) => ({
          alertId: alert.id,
          inspectionId: alert.inspectionId,
          urgency: urgencyOf(alert),
          state: stateOf(alert),
          escalatedAt: alert.escalatedAt!.toISOString(),
        })),
      };
    },
  );
}
