// PUT /api/fieldwork/reviews/:taskId/blind-judgements: in a blind review, the reviewer who claimed the case
// records their own yes/no (or does-not-apply) for every key question before seeing the assessor's answers.
// Recorded once per reviewer (append-only); the review then goes on as usual. A judgement is its reviewer's
// (domain qa/blind-judgement.ts): a case released or reassigned is judged again by its next reviewer.
import { BlindJudgementsBody, problem, ReviewMoved } from '@yji/contracts';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { auditReview } from '../../audit/audit-review.ts';
import type { FieldworkDb } from '../../db.ts';
import { lockedReview } from '../../qa/apply-review-move.ts';
import { judgedKeyQuestions } from '../../qa/key-questions.ts';
import { reviewRoute } from '../../qa/review-route.ts';
import { visibleReview } from '../../qa/review-access.ts';
import { isBlind } from '../../qa/review-record.ts';
import { toReviewSummary } from '../../qa/review-views.ts';
import { frameworkOf } from '../../tasks/stored-task.ts';

/** Every key question of the framework named once, and no other. */
function judgementIssues(expected: readonly string[], given: Record<string, unknown>) {
  const known = new Set(expected);
  return [
    ...expected.filter((id) => !(id in given)).map((id) => ({ field: id, message: 'not judged' })),
    ...Object.keys(given)
      .filter((id) => !known.has(id))
      .map((id) => ({ field: id, message: 'not a key question of this framework' })),
  ];
}

export function registerRecordBlindJudgements(app: App, db: FieldworkDb) {
  app.put(
    '/api/fieldwork/reviews/:taskId/blind-judgements',
    {
      ...reviewRoute(['qa-reviewer'], {
        summary: 'Record the blind reviewer’s own key-question judgements, before the answers are shown',
        description:
          'Only the reviewer who claimed a blind review, once; a reviewer the case goes to after a release ' +
          'or a reassignment records their own. 422 blind-judgements-invalid names key questions missing or ' +
          'unknown; 409 when the review is not blind, not in review, or already judged by this reviewer.',
        body: BlindJudgementsBody,
        response: { 200: ReviewMoved, ...errorResponses(409, 422) },
      }),
      bodyLimit: 16 * 1024,
    },
    async (request) => {
      const access = await visibleReview(db, request.principal, request.params.taskId);
      const { userId } = request.principal;
      // Checked again under the review's lock, with the moves: a release or reassignment taking the case
      // from this reviewer meanwhile must not leave their judgement recorded as if it were still theirs.
      return db.$transaction(async (tx) => {
        const { task, review } = await lockedReview(tx, access.task.id);
        if (review.version !== request.body.version)
          throw new HttpError(problem('stale-version', { current: review.version }));
        if (!isBlind(review))
          throw new HttpError(problem('review-not-open', { reason: 'this review is not blind' }));
        if (review.state !== 'in-review')
          throw new HttpError(problem('review-not-open', { reason: 'claim the case before judging it' }));
        if (review.reviewerId !== userId || !access.reviewer)
          throw new HttpError(
            problem('duty-refused', { reason: 'only the reviewer who claimed the case judges it' }),
          );
        const expected = judgedKeyQuestions(frameworkOf(task)).map(({ id }) => id);
        const issues = judgementIssues(expected, request.body.judgements);
        if (issues.length) throw new HttpError(problem('blind-judgements-invalid', { issues }));
        const { count } = await tx.blindJudgement.createMany({
          data: [{ taskId: task.id, reviewerId: userId, judgements: request.body.judgements }],
          skipDuplicates: true,
        });
        if (count === 0) throw new HttpError(problem('blind-judgements-recorded'));
        await auditReview(tx, actorOf(request), task, 'review.blind-judged', { keyQuestions: expected });
        return toReviewSummary(task, review);
      });
    },
  );
}
