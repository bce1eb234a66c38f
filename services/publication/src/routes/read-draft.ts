// GET /api/publication/inspections/:id/draft: the report's latest version with the approved final ratings it
// shows. Audited like every read of the report.
import { ReportDraftView } from '@yji/contracts';
import { auditedRead, type App } from '@yji/service-kit';
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
      response: { 200: ReportDraftView },
    }),
    auditedRead({
      what: 'report',
      load: (id) => loadReport(db, id),
      audit: (actor, id, { draft }) => auditReport(db, actor, id, 'report.read', { version: draft.version }),
      answer: ({ draft, ratings }) => ({ ...draft, ratings }),
    }),
  );
}
