// GET /api/publication/previews: the embargoed previews waiting for the caller — the reports scheduled and not
// yet published whose schedule names them (the domain's awaitsPreviewBy) — soonest publication first, for
// their home page: each by its inspection and the youth justice service inspected (a person named need not be
// on the team, so may know it by no other name); GET …/inspections/:id/preview reads one. Each listed report's
// entry in the audit trail says it was listed to them.
import { PreviewList } from '@yji/contracts';
import { awaitsPreviewBy } from '@yji/domain';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';

export function registerListPreviews(app: App, db: PublicationDb) {
  app.get(
    '/api/publication/previews',
    {
      schema: {
        tags: ['publication'],
        summary: 'The embargoed previews the caller is named for, until each report is published',
        response: { 200: PreviewList, ...errorResponses(401) },
      },
    },
    async (request) => {
      const { userId } = request.principal;
      const named = await db.report.findMany({
        where: { embargoViewers: { has: userId } },
        orderBy: { publishAt: 'asc' },
      });
      const waiting = named.filter((report) => awaitsPreviewBy(report, userId));
      const services = await db.inspectedService.findMany({
        where: { inspectionId: { in: waiting.map((report) => report.inspectionId) } },
      });
      const actor = actorOf(request);
      await db.$transaction(async (tx) => {
        for (const { inspectionId } of waiting) await auditReport(tx, actor, inspectionId, 'preview.listed');
      });
      return {
        previews: waiting.map(({ inspectionId }) => {
          const service = services.find((known) => known.inspectionId === inspectionId);
          return { inspectionId, yjs: service ? { code: service.yjsCode, name: service.yjsName } : null };
        }),
      };
    },
  );
}
