// GET and POST /inspections/:id/factual-check/comments/:commentId: the lead inspector accepts or rejects one
// of the YJS contact's comments, with the reason. Once per comment; the publication service keeps it, and the
// page then shows the response recorded, read-only, rather than a form that could only be refused.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CommentResponseBody, problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { fieldsByPath, formValues, issuesAsErrors, refusalOn, tooLong } from '../web/form-errors.ts';
import { readCheck } from './factual-check.ts';
import { formPage } from './form-page.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { reportApi, reportPlace } from './report.ts';
import type { RouteDeps } from './route-deps.ts';

const FIELDS = fieldsByPath({
  decision: 'Choose whether you accept or reject the comment',
  reason: {
    field: 'reason',
    text: 'Enter the reason',
    tooLong: tooLong('The reason', CommentResponseBody.shape.reason),
  },
});

/** A response sent for a comment that has one: the one recorded is shown instead (its block's id). */
const ANSWERED = { field: 'response', text: 'This comment has a response already: it is shown below' };

/** The comment the path names, on this inspection's check; any other is a page that does not exist. */
async function commentOf(deps: RouteDeps, request: FastifyRequest) {
  const id = pathId(request);
  const commentId = z.uuid().safeParse((request.params as { commentId?: unknown }).commentId);
  const check = await readCheck(deps, request, id);
  const index = check?.comments.findIndex((c) => commentId.success && c.id === commentId.data) ?? -1;
  if (!check || index < 0) throw new HttpError(problem('not-found', { what: 'page' }));
  return { id, comment: check.comments[index]!, number: index + 1 };
}

/** A comment's page stands under the factual accuracy check, which stands under the report. */
async function placeUnderCheck(deps: RouteDeps, request: FastifyRequest, id: string) {
  const { inspectionName, breadcrumbs } = await reportPlace(deps, request, id, { underReport: true });
  return {
    inspectionName,
    breadcrumbs: [
      ...breadcrumbs,
      { text: 'Factual accuracy check', href: `/inspections/${id}/factual-check` },
    ],
  };
}

export function registerCommentResponse(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'report/comment-response.njk', async (request) => {
    const { id, comment, number } = await commentOf(deps, request);
    return {
      title: comment.response ? `Response to comment ${number}` : `Respond to comment ${number}`,
      section: 'inspections',
      id,
      comment,
      ...(await placeUnderCheck(deps, request, id)),
    };
  });
  const path = '/inspections/:id/factual-check/comments/:commentId';
  app.get(path, { preHandler: leadPage }, (request, reply) => form.show(request, reply));
  app.post(path, { preHandler: leadPage }, async (request, reply) => {
    const { id, comment, number } = await commentOf(deps, request);
    const values = formValues(request.body);
    if (comment.response) return form.show(request, reply, { errors: [ANSWERED] });
    const parsed = CommentResponseBody.safeParse({ decision: values.decision, reason: values.reason ?? '' });
    if (!parsed.success)
      return form.show(request, reply, { values, errors: issuesAsErrors(parsed.error.issues, FIELDS) });
    return form.send(request, reply, {
      command: ['PUT', `${reportApi(id)}/factual-check/comments/${comment.id}/response`, parsed.data],
      // Answered meanwhile (the one refusal for the stage): the page shows that response. Else the form
      // stays, the refusal on its first control.
      refused: (error) =>
        error.code === 'not-allowed-now'
          ? { errors: [ANSWERED] }
          : { values, errors: [refusalOn('decision', error)] },
      done: () => ({
        notice: `Comment ${number} ${parsed.data.decision}`,
        to: `/inspections/${id}/factual-check`,
      }),
    });
  });
}
