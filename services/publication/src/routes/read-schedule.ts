// GET /api/publication/inspections/:id/schedule: when the report is to be published, who sees the embargoed
// preview, and once published, when and which version. Audited like every read of the report.
import { ScheduleView } from '@yji/contracts';
import { auditedRead, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { scheduleView } from '../report/schedule.ts';

export function registerReadSchedule(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/schedule',
    reportRoute(db, LEAD, {
      summary: "The publication's time, the embargoed preview's people, and what was published",
      response: { 200: ScheduleView },
    }),
    auditedRead({
      what: 'report',
      load: (id) => db.report.findUnique({ where: { inspectionId: id } }),
      audit: (actor, id, report) =>
        auditReport(db, actor, id, 'schedule.read', { publishedVersion: report.publishedVersion }),
      answer: scheduleView,
    }),
  );
}
