// GET /inspections: the inspections this person is on the team of, filtered by phase.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { InspectionPhase, type InspectionList } from '@yji/contracts';
import { apiFor, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

export function registerInspectionsList(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections', { preHandler: [signedIn, needsRole('lead-inspector')] }, async (request, reply) => {
    const phase = InspectionPhase.safeParse((request.query as { phase?: unknown }).phase);
    const query = phase.success ? `?phase=${phase.data}` : '';
    const { inspections } = await apiFor(deps, request).get<z.infer<typeof InspectionList>>(
      `/api/inspections${query}`,
    );
    return page(request, reply, 'lead/inspections.njk', {
      title: 'Inspections',
      section: 'inspections',
      inspections,
      phase: phase.success ? phase.data : '',
      phases: InspectionPhase.options,
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  });
}
