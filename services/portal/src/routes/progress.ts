// GET /inspections/:id/progress: each case's state, assessor and due date, overdue ones highlighted, with
// totals. With JavaScript on, the totals and the table refresh themselves: portal.mjs asks for them alone
// (REFRESH_HEADER) every 15 seconds.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ProgressView } from '@yji/contracts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

/**
 * The header portal.mjs's refresh sends: answered with the refreshing region alone, rendered without `page`,
 * so that a fetch in the background neither shows nor uses up the message the session keeps for the next
 * page (a decision's notice, a refusal).
 */
export const REFRESH_HEADER = 'yji-refresh';

export function registerProgress(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/progress', { preHandler: leadPage }, async (request, reply) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const progress = inspection.workflow.sample?.confirmed
      ? await apiFor(deps, request).get<z.infer<typeof ProgressView>>(`/api/inspections/${id}/progress`)
      : undefined;
    const data = { inspection, progress, checkedAt: new Date().toISOString() };
    reply.header('vary', REFRESH_HEADER);
    if (request.headers[REFRESH_HEADER] === 'progress') return reply.view('lead/progress-cases.njk', data);
    return page(request, reply, 'lead/progress.njk', {
      ...data,
      title: 'Progress',
      section: 'inspections',
      breadcrumbs,
    });
  });
}
