// GET /api/publication/inspections/:id/draft/versions: every saved version of the report's text, newest
// first; none is ever changed or removed. Audited.
import { ReportVersionsView } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { draftText } from '../report/report-draft.ts';

export function registerListVersions(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/draft/versions',
    reportRoute(db, LEAD, {
      summary: "Every saved version of the report's text, newest first",
      response: { 200: ReportVersionsView },
    }),
    async (request) => {
      const { id } = request.params;
      const versions = await db.reportDraft.findMany({
        where: { inspectionId: id },
        orderBy: { version: 'desc' },
      });
      await auditReport(db, actorOf(request), id, 'report.read', {
        what: 'versions',
        versions: versions.length,
      });
      return versions.map(draftText);
    },
  );
}
