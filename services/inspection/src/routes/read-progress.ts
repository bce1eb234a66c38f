// GET /api/inspections/:id/progress: where every case stands (state, assessor, due date, overdue), with
// totals. It shows case references, so every read is audited.
import type { Client } from '@temporalio/client';
import { InspectionProgress } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionProgressQuery } from '@yji/workflows';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';

export function registerReadProgress(app: App, db: InspectionDb, temporal: Client) {
  app.get(
    '/api/inspections/:id/progress',
    teamRoute(db, LEAD, {
      tags: ['assignment'],
      summary: 'Progress of every case: state, assessor, due date and whether it is overdue; totals',
      response: { 200: InspectionProgress },
    }),
    async (request) => {
      const { id } = request.params;
      const progress = await temporal.workflow.getHandle(id).query(inspectionProgressQuery);
      await db.$transaction((tx) =>
        appendAudit(tx, {
          actor: actorOf(request),
          action: 'progress.read',
          entityType: 'inspection',
          entityId: id,
          inspectionId: id,
        }),
      );
      return progress;
    },
  );
}
