// GET /api/publication/inspections/:id/draft: the report's latest version with the approved final ratings it
// shows. Audited like every read of the report.
import { InspectionIdParams, problem, ReportDraftView } from '@yji/contracts';
import { actorOf, HttpError, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { loadReport } from '../report/report-draft.ts';

export function registerReadDraft(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/draft',
    reportRoute(db, LEAD, {
      summary: "The report's latest version, with the approved final ratings it shows",
      description: 'Version 0, with empty text, until the first save; 404 before any ratings are approved.',
      params: InspectionIdParams,
      response: { 200: ReportDraftView },
    }),
    async (request) => {
      const { id } = request.params;
      const loaded = await loadReport(db, id);
      if (!loaded) throw new HttpError(problem('not-found', { what: 'report' }));
      await db.$transaction((tx) =>
        auditReport(tx, actorOf(request), id, 'report.read', { version: loaded.draft.version }),
      );
      return { ...loaded.draft, ratings: loaded.ratings };
    },
  );
}
