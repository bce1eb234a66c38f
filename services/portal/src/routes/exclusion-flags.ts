// GET /inspections/:id/exclusion-flags: the cases assessors flagged for exclusion, oldest first, with their
// reasons, for the lead inspector to decide on. The exclusion itself is made on the sample page: each flag on a
// case still open to exclusion links to its form (/inspections/:id/sample#exclude). No service records a
// decision to keep a flagged case, so the page says the assessor is not told of one. The flags are about
// children's cases, so the fieldwork service audits the read; reasons are shown on this page only.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ExclusionFlagList } from '@yji/contracts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerExclusionFlags(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/exclusion-flags', { preHandler: leadPage }, async (request, reply) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { flags } = await apiFor(deps, request).get<z.infer<typeof ExclusionFlagList>>(
      `/api/fieldwork/inspections/${id}/exclusion-flags`,
    );
    return page(request, reply, 'lead/exclusion-flags.njk', {
      title: 'Cases flagged for exclusion',
      section: 'inspections',
      inspection,
      flags,
      breadcrumbs,
    });
  });
}
