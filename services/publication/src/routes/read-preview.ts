// GET /api/publication/inspections/:id/preview: the embargoed preview — the report as it will be published
// (the latest version with the approved ratings it shows, as the page will show them: no confirmation's
// rationale) — for the people the lead inspector named, and the lead inspector, once publication is
// scheduled (a named person's until the publication). Anyone else is told there is no such report. Audited.
import { InspectionIdParams, ReportDraftView } from '@yji/contracts';
import { awaitsPreviewBy } from '@yji/domain';
import { auditedRead, errorResponses, type App } from '@yji/service-kit';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { ratingsAsPublished } from '../report/ratings-as-published.ts';
import { loadReport } from '../report/report-draft.ts';

export function registerReadPreview(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/inspections/:id/preview',
    {
      schema: {
        tags: ['publication'],
        summary: 'The embargoed preview of the report, for the people named when it was scheduled',
        description: 'Anyone not named (nor the lead inspector on the team) is answered 404.',
        params: InspectionIdParams,
        response: { 200: ReportDraftView, ...errorResponses(400, 401, 404) },
      },
    },
    auditedRead({
      what: 'report',
      load: async (id, { principal }) => {
        const loaded = await loadReport(db, id);
        const lead = await db.teamMembership.count({
          where: { inspectionId: id, userId: principal.userId, role: 'lead-inspector' },
        });
        // A named person's preview waits for them until the publication (domain awaitsPreviewBy): after it,
        // the report itself is public.
        const allowed =
          loaded?.report.publishAt &&
          (awaitsPreviewBy(loaded.report, principal.userId) ||
            (lead > 0 && principal.roles.includes('lead-inspector')));
        return allowed ? loaded : null;
      },
      audit: (actor, id, { draft }) => auditReport(db, actor, id, 'preview.read', { version: draft.version }),
      answer: ({ draft, ratings }) => ({ ...draft, ratings: ratingsAsPublished(ratings) }),
    }),
  );
}
