// GET /inspections/:id/sample: the drawn sample (each case's stratum and why it was picked, the reserve,
// the ineligible cases and why, the exclusions), and POSTs to draw or redraw it, exclude a case with a
// reason (its replacement comes from the same stratum) and confirm it.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ExcludeCaseBody, ExclusionReason, type SampleView } from '@yji/contracts';
import {
  fieldsByPath,
  formValues,
  issuesAsErrors,
  maxLengthOf,
  refusalOn,
  tooLong,
} from '../web/form-errors.ts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

const EXCLUSION_FIELDS = fieldsByPath({
  caseRef: 'Choose the case to exclude',
  reason: {
    field: 'reason',
    text: 'Enter why the case is excluded',
    tooLong: tooLong('The reason', ExclusionReason),
  },
});

/** Why the sample was not drawn, where the catalogue's words are not enough. */
const NOT_DRAWN = {
  'not-allowed-now':
    'The sample can be drawn only while the inspection is in sampling, once the long list is uploaded',
};

/** Why the sample was not confirmed, where the catalogue's words are not enough. */
const NOT_CONFIRMED = {
  'not-allowed-now': 'The sample can be confirmed only while the inspection is in sampling',
};

/** Why the case was not excluded, where the catalogue's words are not enough. */
const NOT_EXCLUDED = {
  'reason-required': 'Enter why the case is excluded',
  'invalid-request': 'Enter why the case is excluded',
  'not-allowed-now':
    'The case cannot be excluded at this stage: its assessment has been submitted, or the inspection has moved on',
};

/** An exclusion refused for its reason goes beside the reason; any other, beside the case chosen. */
const REASON_CODES = new Set(['reason-required', 'invalid-request']);

export function registerSample(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'lead/sample.njk', async (request) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const drawn = inspection.workflow.sample
      ? await apiFor(deps, request).get<z.infer<typeof SampleView>>(`/api/inspections/${id}/sample`)
      : undefined;
    return {
      title: 'Sample',
      section: 'inspections',
      inspection,
      sample: drawn,
      reasonMaxLength: maxLengthOf(ExclusionReason),
      breadcrumbs,
    };
  });
  app.get('/inspections/:id/sample', { preHandler: leadPage }, (request, reply) => form.show(request, reply));

  app.post('/inspections/:id/sample', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const seed = formValues(request.body).seed?.trim();
    return form.send(request, reply, {
      command: ['POST', `/api/inspections/${id}/sample`, seed ? { seed } : {}],
      refused: (error) => ({
        values: { seed: seed ?? '' },
        errors: [refusalOn('seed', error, NOT_DRAWN)],
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
      refused: (error) => ({
        values,
        errors: [refusalOn(REASON_CODES.has(error.code) ? 'reason' : 'caseRef', error, NOT_EXCLUDED)],
      }),
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
      refused: (error) => ({ errors: [refusalOn('confirm', error, NOT_CONFIRMED)] }),
      done: () => ({
        notice: 'Sample confirmed. Fieldwork has begun.',
        to: `/inspections/${id}/assignments`,
      }),
    });
  });
}
