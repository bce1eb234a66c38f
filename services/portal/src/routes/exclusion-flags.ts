// GET /inspections/:id/exclusion-flags: the cases assessors flagged for exclusion, oldest first, with their
// reasons, for the lead inspector to decide on. The exclusion itself is made on the sample page: each flag on a
// case still open to exclusion links to its form (/inspections/:id/sample#exclude). Keeping the case is
// answered from its card (keep-flagged-case.ts), and the fieldwork service shows the answer to the assessor on
// the case. The flags are about children's cases, so the fieldwork service audits the read; reasons are shown
// on this page only.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ExclusionFlagList } from '@yji/contracts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

/** The flags page, shown again with a refusal beside a card's Keep button. */
export const exclusionFlagsPage = (deps: RouteDeps) =>
  formPage(deps, 'lead/exclusion-flags.njk', async (request) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { flags } = await apiFor(deps, request).get<z.infer<typeof ExclusionFlagList>>(
      `/api/fieldwork/inspections/${id}/exclusion-flags`,
    );
    return { title: 'Cases flagged for exclusion', section: 'inspections', inspection, flags, breadcrumbs };
  });

export function registerExclusionFlags(app: FastifyInstance, deps: RouteDeps) {
  const flagsPage = exclusionFlagsPage(deps);
  app.get('/inspections/:id/exclusion-flags', { preHandler: leadPage }, (request, reply) =>
    flagsPage.show(request, reply),
  );
}
