// GET /inspections/:id/preview: the embargoed preview — the report as it will be published — for the people
// the lead inspector named and the lead. Anyone else meets the not-found page: the publication service
// answers them that there is no such report.
import type { FastifyInstance } from 'fastify';
import type { ReportDraftView, ScheduleView } from '@yji/contracts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { reportApi } from './report.ts';
import { apiFor, page, signedIn, type RouteDeps } from './route-deps.ts';

export function registerPreview(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/preview', { preHandler: signedIn }, async (request, reply) => {
    const id = pathId(request);
    const report = await apiFor(deps, request).get<ReportDraftView>(`${reportApi(id)}/preview`);
    // Only the lead reads the schedule; a named person sees the preview without its time, and without the
    // inspection's name unless they are on its team.
    const [schedule, inspectionName] = await Promise.all([
      apiFor(deps, request).send<ScheduleView>('GET', `${reportApi(id)}/schedule`),
      inspectionCaption(deps, request, id),
    ]);
    return page(request, reply, 'report/preview.njk', {
      title: 'Embargoed preview of the report',
      section: 'home',
      inspectionName,
      report,
      publishAt: schedule.ok ? schedule.body.publishAt : null,
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  });
}
