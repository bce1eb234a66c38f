// The published report as PDF, for anyone without signing in: `/inspections/:id/report.pdf`, as it was
// rendered once at publication (consumers/report-pdf-consumer.ts). Not found until then.
import { InspectionIdParams, problem } from '@yji/contracts';
import { errorResponses, HttpError, type App } from '@yji/service-kit';
import { z } from 'zod';
import type { PublicationDb } from '../db.ts';

export function registerReportPdf(app: App, db: PublicationDb) {
  app.get(
    '/inspections/:id/report.pdf',
    {
      config: { public: true },
      schema: {
        tags: ['public report'],
        summary: 'A published inspection report as PDF (tagged, with an outline), rendered at publication',
        security: [],
        params: InspectionIdParams,
        response: { 200: z.unknown(), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const stored = await db.reportPdf.findUnique({ where: { inspectionId: request.params.id } });
      if (!stored) throw new HttpError(problem('not-found', { what: 'published report PDF' }));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="inspection-report-${request.params.id}.pdf"`)
        .send(Buffer.from(stored.pdf));
    },
  );
}
