// GET /qa/:taskId: a case's review page. POST /qa/:taskId/judgements records a blind reviewer's own
// key-question judgements before the answers are shown; POST /qa/:taskId/approve approves; POST
// /qa/:taskId/return sends the assessment back with a required reason and optional comments per question.
// Every move names the review version the page showed; the fieldwork service decides who may make it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReturnBody } from '@yji/contracts';
import { firstValue, type Form } from '../web/form-fields.ts';
import { issuesAsErrors, maxLengthOf, tooLong, type FieldError } from '../web/form-errors.ts';
import { refusalNotice, reviewerPage, versionSent } from './qa-queue.ts';
import { answeredCodes, commentFieldOf, judgementFieldOf, readReview, showReview } from './qa-review-page.ts';
import { apiFor, doneThen, refusedThen, type RouteDeps } from './route-deps.ts';

const JUDGEMENT = { yes: true, no: false, 'does-not-apply': null } as const;

/** The return's reason as the contract takes it: its limit is the character count's and its message's. */
const REASON = ReturnBody.shape.reason;
const REASON_TOO_LONG = tooLong('The reason', REASON);

/** Every render of the review page has the reason's character count, with the contract's limit. */
async function withReturnLimit(_request: FastifyRequest, reply: FastifyReply) {
  reply.locals = { ...reply.locals, returnReasonMaxLength: maxLengthOf(REASON) };
}
const reviewPage = [...reviewerPage, withReturnLimit];

export function registerQaReview(app: FastifyInstance, deps: RouteDeps) {
  app.get('/qa/:taskId', { preHandler: reviewPage }, async (request, reply) => {
    const { review } = await readReview(deps, request);
    return showReview(deps, request, reply, review);
  });

  app.post('/qa/:taskId/judgements', { preHandler: reviewPage }, async (request, reply) => {
    const { taskId, review } = await readReview(deps, request);
    const form = request.body as Form;
    const judgements = Object.fromEntries(
      review.keyQuestions.map(({ id }) => [id, firstValue(form[judgementFieldOf(id)])]),
    );
    const errors: FieldError[] = review.keyQuestions
      .filter(({ id }) => !(judgements[id]! in JUDGEMENT))
      .map(({ id, summaryCode }) => ({
        field: judgementFieldOf(id),
        text: `Choose your judgement for ${summaryCode}`,
      }));
    if (errors.length) return showReview(deps, request, reply, review, { values: { judgements }, errors });
    const recorded = await apiFor(deps, request).send(
      'PUT',
      `/api/fieldwork/reviews/${taskId}/blind-judgements`,
      {
        version: versionSent(request.body),
        judgements: Object.fromEntries(
          Object.entries(judgements).map(([id, value]) => [id, JUDGEMENT[value as keyof typeof JUDGEMENT]]),
        ),
      },
    );
    if (!recorded.ok) return refusedThen(request, reply, refusalNotice(recorded.error.code), `/qa/${taskId}`);
    return doneThen(
      request,
      reply,
      'Your judgements are recorded. The assessment is shown.',
      `/qa/${taskId}`,
    );
  });

  app.post('/qa/:taskId/approve', { preHandler: reviewerPage }, async (request, reply) => {
    const { taskId, review } = await readReview(deps, request);
    const moved = await apiFor(deps, request).send('POST', `/api/fieldwork/reviews/${taskId}/approve`, {
      version: versionSent(request.body),
    });
    if (!moved.ok) return refusedThen(request, reply, refusalNotice(moved.error.code), `/qa/${taskId}`);
    return doneThen(request, reply, `Case ${review.caseRef} approved.`, '/qa');
  });

  app.post('/qa/:taskId/return', { preHandler: reviewPage }, async (request, reply) => {
    const { taskId, review } = await readReview(deps, request);
    const form = request.body as Form;
    const reason = firstValue(form.reason);
    const latest = review.versions.at(-1);
    const codes = latest ? answeredCodes(review.frameworkId, latest) : [];
    const allComments = Object.fromEntries(
      codes.map((code) => [code, firstValue(form[commentFieldOf(code)])]),
    );
    const comments = Object.fromEntries(Object.entries(allComments).filter(([, text]) => text));
    const values = { reason, comments: allComments };
    if (!reason) {
      const errors = [{ field: 'reason', text: 'Enter why the assessment goes back to its assessor' }];
      return showReview(deps, request, reply, review, { values, errors });
    }
    if (reason.length > maxLengthOf(REASON)) {
      const errors = [{ field: 'reason', text: REASON_TOO_LONG }];
      return showReview(deps, request, reply, review, { values, errors });
    }
    const moved = await apiFor(deps, request).send('POST', `/api/fieldwork/reviews/${taskId}/return`, {
      version: versionSent(request.body),
      reason,
      comments,
    });
    if (!moved.ok) {
      // Refused where it stands (moved on meanwhile, say): the page again as it is now, what was typed kept.
      if (moved.status !== 400 && moved.status !== 422) {
        const now = await readReview(deps, request);
        const errors = [{ field: 'reason', text: refusalNotice(moved.error.code) }];
        return showReview(deps, request, reply, now.review, { values, errors });
      }
      const issues = Array.isArray(moved.error.details) ? (moved.error.details as { field: string }[]) : [];
      // The comments beside their questions come first on the page, the reason below them.
      const fields = Object.fromEntries([
        ...codes.map((code) => [
          `comments.${code}`,
          { field: commentFieldOf(code), text: `Check the comment on ${code}` },
        ]),
        ['reason', { field: 'reason', text: 'Check the reason: it has characters a reason cannot hold' }],
      ]);
      return showReview(deps, request, reply, review, { values, errors: issuesAsErrors(issues, fields) });
    }
    return doneThen(request, reply, `Case ${review.caseRef} returned to its assessor.`, '/qa');
  });
}
