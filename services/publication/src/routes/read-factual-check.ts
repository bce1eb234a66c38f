// GET /api/publication/inspections/:id/factual-check: the version sent for the factual accuracy check, its
// deadline and every comment with its response, for the lead inspector and the YJS contact. Audited.
import { FactualCheckView } from '@yji/contracts';
import { auditedRead, type App } from '@yji/service-kit';
import { CHECK, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { loadFactualCheck } from '../report/factual-check.ts';

export function registerReadFactualCheck(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/factual-check',
    reportRoute(db, CHECK, {
      summary: 'The draft sent for the factual accuracy check, its deadline, the comments and responses',
      description: '404 until the lead inspector sends the draft.',
      response: { 200: FactualCheckView },
    }),
    auditedRead({
      what: 'factual accuracy check',
      load: (id) => loadFactualCheck(db, id),
      audit: (actor, id, { draft }) =>
        auditReport(db, actor, id, 'factual-check.read', { draftVersion: draft.version }),
      answer: (check) => check,
    }),
  );
}
