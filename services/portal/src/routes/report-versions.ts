// GET /inspections/:id/report/versions: every saved version of the report's text, newest first, as the
// publication service keeps them (none is ever changed or removed).
import type { FastifyInstance } from 'fastify';
import type { ReportVersionsView } from '@yji/contracts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { reportApi, reportPlace } from './report.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerReportVersions(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/report/versions', { preHandler: leadPage }, async (request, reply) => {
    const id = pathId(request);
    const versions = await apiFor(deps, request).get<ReportVersionsView>(`${reportApi(id)}/draft/versions`);
    return page(request, reply, 'report/versions.njk', {
      title: 'Version history of the report',
      section: 'inspections',
      id,
      versions,
      ...(await reportPlace(deps, request, id, { underReport: true })),
    });
  });
}
