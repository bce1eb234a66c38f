// GET /api/publication/inspections/:id/schedule: when the report is to be published, who sees the embargoed
// preview, and once published, when and which version.
import { problem, ScheduleView } from '@yji/contracts';
import { HttpError, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import type { PublicationDb } from '../db.ts';
import { scheduleView } from '../report/schedule.ts';

export function registerReadSchedule(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/schedule',
    reportRoute(db, LEAD, {
      summary: "The publication's time, the embargoed preview's people, and what was published",
      response: { 200: ScheduleView },
    }),
    async (request) => {
      const report = await db.report.findUnique({ where: { inspectionId: request.params.id } });
      if (!report) throw new HttpError(problem('not-found', { what: 'report' }));
      return scheduleView(report);
    },
  );
}
