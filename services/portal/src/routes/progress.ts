// GET /inspections/:id/progress: each case's state, assessor and due date, overdue ones highlighted, with
// totals. With JavaScript on, the table refreshes itself (portal.mjs fetches this page again).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ProgressView } from '@yji/contracts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerProgress(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/progress', { preHandler: leadPage }, async (request, reply) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const progress = inspection.workflow.sample?.confirmed
      ? await apiFor(deps, request).get<z.infer<typeof ProgressView>>(`/api/inspections/${id}/progress`)
      : undefined;
    return page(request, reply, 'lead/progress.njk', {
      title: 'Progress',
      section: 'inspections',
      inspection,
      progress,
      breadcrumbs,
    });
  });
}
