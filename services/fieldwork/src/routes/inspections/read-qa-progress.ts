// GET /api/fieldwork/inspections/:inspectionId/qa-progress: each case's task and review state, the totals,
// and which cases keep the inspection from the ratings panel and why. For the lead inspector; audited.
import { QaProgressView } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';
import { qaProgress } from '../../qa/qa-progress.ts';

export function registerReadQaProgress(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/inspections/:inspectionId/qa-progress',
    inspectionRoute(db, ['lead-inspector'], {
      tags: ['quality assurance'],
      summary: 'QA progress: each case’s state, the totals, and the cases blocking the ratings panel',
      response: { 200: QaProgressView },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const tasks = await db.caseTask.findMany({
        where: { inspectionId },
        include: { review: true },
        orderBy: { caseRef: 'asc' },
      });
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'qa-progress.read',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: { cases: tasks.length },
      });
      return qaProgress(inspectionId, tasks);
    },
  );
}
