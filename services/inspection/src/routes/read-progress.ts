// GET /api/inspections/:id/progress: where every case stands (state, assessor, due date, overdue), with
// totals. It shows case references, so every read is audited (one INSERT; no interactive transaction is
// needed for one statement). The progress comes through the progress cache (workflow/progress-cache.ts).
import { InspectionProgress } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import type { ProgressCache } from '../workflow/progress-cache.ts';

export function registerReadProgress(app: App, db: InspectionDb, progress: ProgressCache) {
  app.get(
    '/api/inspections/:id/progress',
    teamRoute(db, LEAD, {
      tags: ['assignment'],
      summary: 'Progress of every case: state, assessor, due date and whether it is overdue; totals',
      description:
        'At most a second old, and current after a decision taken through the same service instance.',
      response: { 200: InspectionProgress },
    }),
    async (request) => {
      const { id } = request.params;
      const answer = await progress.read(id);
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'progress.read',
        entityType: 'inspection',
        entityId: id,
        inspectionId: id,
      });
      return answer;
    },
  );
}
