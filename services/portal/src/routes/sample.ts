// GET /inspections/:id/sample: the drawn sample (each case's stratum and why it was picked, the reserve,
// the ineligible cases and why, the exclusions), and POSTs to draw or redraw it, exclude a case with a
// reason (its replacement comes from the same stratum) and confirm it.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ExcludeCaseBody, type SampleView } from '@yji/contracts';
import { fieldsByPath, formValues, issuesAsErrors } from '../web/form-errors.ts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

const EXCLUSION_FIELDS = fieldsByPath({
  caseRef: 'Choose the case to exclude',
  reason: 'Enter why the case is excluded',
});

export function registerSample(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'lead/sample.njk', async (request) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const drawn = inspection.workflow.sample
      ? await apiFor(deps, request).get<z.infer<typeof SampleView>>(`/api/inspections/${id}/sample`)
      : undefined;
    return { title: 'Sample', section: 'inspections', inspection, sample: drawn, breadcrumbs };
  });
  app.get('/inspections/:id/sample', { preHandler: leadPage }, (request, reply) => form.show(request, reply));

  app.post('/inspections/:id/sample', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const seed = formValues(request.body).seed?.trim();
    return form.send(request, reply, {
      command: ['POST', `/api/inspections/${id}/sample`, seed ? { seed } : {}],
      refused: (error) => ({
        values: { seed: seed ?? '' },
        errors: [{ field: 'seed', text: error.message }],
      }),
      done: () => ({ notice: 'Sample drawn.', to: `/inspections/${id}/sample` }),
    });
  });

  app.post('/inspections/:id/sample/exclusions', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const values = formValues(request.body);
    const body = ExcludeCaseBody.safeParse({ caseRef: values.caseRef ?? '', reason: values.reason ?? '' });
    if (!body.success)
      return form.show(request, reply, {
        values,
        errors: issuesAsErrors(body.error.issues, EXCLUSION_FIELDS),
      });
    const { caseRef } = body.data;
    return form.send<z.infer<typeof SampleView>>(request, reply, {
      command: ['POST', `/api/inspections/${id}/sample/exclusions`, body.data],
      refused: (error) => ({ values, errors: [{ field: 'caseRef', text: error.message }] }),
      done: (sample) => {
        const replacement = sample.excluded.find((entry) => entry.caseRef === caseRef)?.replacedBy;
        const notice = `Case ${caseRef} excluded${replacement ? `; ${replacement} replaces it` : ''}.`;
        return { notice, to: `/inspections/${id}/sample` };
      },
    });
  });

  app.post('/inspections/:id/sample/confirm', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    return form.send(request, reply, {
      command: ['POST', `/api/inspections/${id}/sample/confirm`],
      refused: (error) => ({ errors: [{ field: 'confirm', text: error.message }] }),
      done: () => ({
        notice: 'Sample confirmed. Fieldwork has begun.',
        to: `/inspections/${id}/assignments`,
      }),
    });
  });
}
