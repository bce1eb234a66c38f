// GET /api/inspections/:id/progress: where every case stands (state, assessor, due date, overdue), with
// totals. It shows case references, so every read is audited; the read and its audit entry are one
// statement over this service's progress read model (progress/progress-read-sql.ts).
import { ProgressView } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { readProgress } from '../progress/progress-read-sql.ts';

export function registerReadProgress(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/progress',
    teamRoute(db, LEAD, {
      tags: ['assignment'],
      summary: 'Progress of every case: state, assessor, due date and whether it is overdue; totals',
      description:
        'From the fieldwork service’s announcements of each case task’s changes: current within moments ' +
        'of each change (a decision’s effect on the cases shows as they take it). A case that refused a ' +
        'request is not marked here: the request it refused was answered 409 with the reason.',
      response: { 200: ProgressView },
    }),
    (request) => readProgress(db, request.params.id, actorOf(request)),
  );
}
