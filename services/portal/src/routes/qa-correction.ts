// GET and POST /inspections/:id/qa/:taskId/correction: the lead inspector reopens an approved assessment for
// a correction, with a reason that is recorded; the assessor revises it and the resubmission is reviewed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formErrors, formValues, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { versionSent } from './qa-queue.ts';
import { readReview } from './qa-review-page.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

export function registerQaCorrection(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    reason = '',
    errors: FieldError[] = [],
  ) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { review } = await readReview(deps, request);
    if (review.inspectionId !== id) return reply.callNotFound();
    return page(request, reply.status(errors.length ? 400 : 200), 'lead/qa-correction.njk', {
      title: 'Reopen an approved assessment',
      section: 'inspections',
      inspection,
      review,
      reason,
      ...formErrors(errors),
      breadcrumbs: [...breadcrumbs, { text: 'Quality assurance', href: `/inspections/${id}/qa` }],
    });
  };
  const path = '/inspections/:id/qa/:taskId/correction';
  app.get(path, { preHandler: leadPage }, (request, reply) => show(request, reply));
  app.post(path, { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const { taskId, review } = await readReview(deps, request);
    if (review.inspectionId !== id) return reply.callNotFound();
    const reason = (formValues(request.body).reason ?? '').trim();
    if (!reason)
      return show(request, reply, reason, [
        { field: 'reason', text: 'Enter why the assessment is reopened' },
      ]);
    const moved = await apiFor(deps, request).send('POST', `/api/fieldwork/reviews/${taskId}/correction`, {
      version: versionSent(request.body),
      reason,
    });
    if (!moved.ok) {
      const text =
        moved.error.code === 'stale-version'
          ? 'The case moved since you opened this page. Check it and try again'
          : 'Only an approved assessment can be reopened, and only by its inspection’s lead inspector';
      return show(request, reply, reason, [{ field: 'reason', text }]);
    }
    return doneThen(
      request,
      reply,
      `Case ${review.caseRef} reopened for correction. Its assessor revises it.`,
      `/inspections/${id}/qa`,
    );
  });
}
