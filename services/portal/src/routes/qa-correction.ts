// GET and POST /inspections/:id/qa/:taskId/correction: the lead inspector reopens an approved assessment for
// a correction, with a reason that is recorded; the assessor revises it and the resubmission is reviewed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CorrectionBody, problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { fieldsByPath, formValues, issuesAsErrors, refusalOn, tooLong } from '../web/form-errors.ts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { versionSent } from './qa-queue.ts';
import { readReview } from './qa-review-page.ts';
import type { RouteDeps } from './route-deps.ts';

/** The review the path names, of the inspection the path names and the lead leads; any other is not found. */
async function reviewOfInspection(deps: RouteDeps, request: FastifyRequest) {
  const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
  const { taskId, review } = await readReview(deps, request);
  if (review.inspectionId !== id) throw new HttpError(problem('not-found', { what: 'page' }));
  return { id, inspection, breadcrumbs, taskId, review };
}

/** Why the service did not reopen it, in words about what to do, where this page's differ from the catalogue's. */
const NOT_REOPENED = {
  'stale-version': 'The case moved since you opened this page. Check it and try again',
  'review-not-open': 'Only an approved assessment can be reopened. Check where the case is now',
  'duty-refused': 'Only the inspection’s lead inspector can reopen its assessments',
  'invalid-request': 'Enter why the assessment is reopened',
};

/** The reason is the form's one field; the version it was based on is the page's, not the lead's to get wrong. */
const FIELDS = fieldsByPath({
  reason: {
    field: 'reason',
    text: 'Enter why the assessment is reopened',
    tooLong: tooLong('The reason', CorrectionBody.shape.reason),
  },
});

export function registerQaCorrection(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'lead/qa-correction.njk', async (request) => {
    const { id, inspection, breadcrumbs, review } = await reviewOfInspection(deps, request);
    return {
      title: 'Reopen an approved assessment',
      section: 'inspections',
      inspection,
      review,
      breadcrumbs: [...breadcrumbs, { text: 'Quality assurance', href: `/inspections/${id}/qa` }],
    };
  });
  const path = '/inspections/:id/qa/:taskId/correction';
  app.get(path, { preHandler: leadPage }, (request, reply) => form.show(request, reply));
  app.post(path, { preHandler: leadPage }, async (request, reply) => {
    const { id, taskId, review } = await reviewOfInspection(deps, request);
    const values = { reason: (formValues(request.body).reason ?? '').trim() };
    const body = CorrectionBody.safeParse({ version: versionSent(request.body), reason: values.reason });
    if (!body.success)
      return form.show(request, reply, {
        values,
        errors: issuesAsErrors(body.error.issues, FIELDS),
      });
    return form.send(request, reply, {
      command: ['POST', `/api/fieldwork/reviews/${taskId}/correction`, body.data],
      // About the reason (its field), or about the case: the reason is the form's one control.
      refused: (error) => ({ values, errors: [refusalOn('reason', error, NOT_REOPENED)] }),
      done: () => ({
        notice: `Case ${review.caseRef} reopened for correction. Its assessor revises it.`,
        to: `/inspections/${id}/qa`,
      }),
    });
  });
}
