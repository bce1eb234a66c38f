// GET /inspections/:id/sample: the drawn sample (each case's stratum and why it was picked, the reserve,
// the ineligible cases and why, the exclusions), and POSTs to draw or redraw it, exclude a case with a
// reason (its replacement comes from the same stratum) and confirm it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ExcludeCaseBody, type SampleView } from '@yji/contracts';
import { formErrors, formValues, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

const EXCLUSION_FIELDS: Record<string, FieldError> = {
  caseRef: { field: 'caseRef', text: 'Choose the case to exclude' },
  reason: { field: 'reason', text: 'Enter why the case is excluded' },
};

export function registerSample(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string> = {},
    errors: FieldError[] = [],
  ) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const drawn = inspection.workflow.sample
      ? await apiFor(deps, request).get<z.infer<typeof SampleView>>(`/api/inspections/${id}/sample`)
      : undefined;
    return page(request, reply.status(errors.length ? 400 : 200), 'lead/sample.njk', {
      title: 'Sample',
      section: 'inspections',
      inspection,
      sample: drawn,
      values,
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/sample', { preHandler: leadPage }, (request, reply) => show(request, reply));

  app.post('/inspections/:id/sample', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const seed = formValues(request.body).seed?.trim();
    const drawn = await apiFor(deps, request).send(
      'POST',
      `/api/inspections/${id}/sample`,
      seed ? { seed } : {},
    );
    if (!drawn.ok) return show(request, reply, {}, [{ field: 'seed', text: drawn.error.message }]);
    return doneThen(request, reply, 'Sample drawn.', `/inspections/${id}/sample`);
  });

  app.post('/inspections/:id/sample/exclusions', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const values = formValues(request.body);
    const body = ExcludeCaseBody.safeParse({ caseRef: values.caseRef ?? '', reason: values.reason ?? '' });
    if (!body.success)
      return show(request, reply, values, issuesAsErrors(body.error.issues, EXCLUSION_FIELDS));
    const excluded = await apiFor(deps, request).send<z.infer<typeof SampleView>>(
      'POST',
      `/api/inspections/${id}/sample/exclusions`,
      body.data,
    );
    if (!excluded.ok)
      return show(request, reply, values, [{ field: 'caseRef', text: excluded.error.message }]);
    const replacement = excluded.body.excluded.find(
      (entry) => entry.caseRef === body.data.caseRef,
    )?.replacedBy;
    const notice = `Case ${body.data.caseRef} excluded${replacement ? `; ${replacement} replaces it` : ''}.`;
    return doneThen(request, reply, notice, `/inspections/${id}/sample`);
  });

  app.post('/inspections/:id/sample/confirm', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const confirmed = await apiFor(deps, request).send('POST', `/api/inspections/${id}/sample/confirm`);
    if (!confirmed.ok) return show(request, reply, {}, [{ field: 'confirm', text: confirmed.error.message }]);
    return doneThen(
      request,
      reply,
      'Sample confirmed. Fieldwork has begun.',
      `/inspections/${id}/assignments`,
    );
  });
}
