// GET /api/fieldwork/reviews: the QA reviewer's queue — cases waiting on the inspections where they review,
// oldest first, never their own assessments, and a resubmission only for the reviewer it belongs to; with the
// cases they have claimed. Filters: inspection, assessor, framework (ids only, never case data). The queue names
// cases, so each read is audited (`reviews.listed`), as the assessor's task list is. A claimed case says when
// its reviewer is reminded and when it is due (the lead told), counted from the claim with the deadlines its
// deadline workflow was started with (the service's one configuration, passed in as to the claim).
import { ReviewQueue, ReviewQueueQuery } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { leadTakesBlind, reviewDeadlineDelays, type ReviewDeadlines } from '@yji/domain';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import type { CaseReview } from '../../generated/prisma/client.ts';
import { reviewDeadlines } from '../../qa/review-deadline-marks.ts';
import { domainReviewOf } from '../../qa/review-record.ts';
import { toReviewSummary } from '../../qa/review-views.ts';

/** When a claimed review's reminder and escalation fall; null for one not in review, or with no claim time. */
function deadlineTimesOf(
  { state, claimedAt }: Pick<CaseReview, 'state' | 'claimedAt'>,
  deadlines: ReviewDeadlines,
) {
  if (state !== 'in-review' || !claimedAt) return { remindAt: null, dueAt: null };
  const { remindAfterMs, escalateAfterMs } = reviewDeadlineDelays(claimedAt, deadlines);
  const after = (ms: number) => new Date(claimedAt.getTime() + ms).toISOString();
  return { remindAt: after(remindAfterMs), dueAt: after(escalateAfterMs) };
}

export function registerListReviews(app: App, db: FieldworkDb, deadlines: ReviewDeadlines) {
  app.get(
    '/api/fieldwork/reviews',
    {
      onRequest: requireRole('qa-reviewer'),
      schema: {
        tags: ['quality assurance'],
        summary: 'The QA queue: cases waiting for the caller (oldest first) and those they have claimed',
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueue, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { userId } = request.principal;
      const { inspectionId, assessorId, frameworkId } = request.query;
      const seats = await db.teamMembership.findMany({
        where: {
          userId,
          role: { in: ['qa-reviewer', 'lead-inspector'] },
          ...(inspectionId ? { inspectionId } : {}),
        },
        select: { inspectionId: true, role: true },
      });
      const reviewsIn = seats.filter((seat) => seat.role === 'qa-reviewer').map((seat) => seat.inspectionId);
      const leadsIn = new Set(
        seats.filter((seat) => seat.role === 'lead-inspector').map((seat) => seat.inspectionId),
      );
      const reviews = await db.caseReview.findMany({
        where: {
          inspectionId: { in: reviewsIn },
          assessorId: { not: userId, ...(assessorId ? { equals: assessorId } : {}) },
          OR: [
            { state: 'awaiting-qa', reviewerId: null },
            { state: { in: ['awaiting-qa', 'in-review'] }, reviewerId: userId },
          ],
          ...(frameworkId ? { task: { frameworkId } } : {}),
        },
        include: { task: true },
        orderBy: [{ waitingSince: 'asc' }, { taskId: 'asc' }],
      });
      // A review the domain would not let the caller take as the inspection's lead (a blind one) is not offered.
      const offered = reviews.filter(
        (review) =>
          !leadsIn.has(review.inspectionId) ||
          review.reviewerId === userId ||
          !leadTakesBlind(domainReviewOf(review), { userId, teamRoles: ['lead-inspector'] }),
      );
      const marks = await reviewDeadlines(db, offered);
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'reviews.listed',
        entityType: 'qa-reviewer',
        entityId: userId,
        // The inspection, when the queue is of one where the caller reviews: nobody reads another team's.
        ...(inspectionId && reviewsIn.length ? { inspectionId } : {}),
      });
      return {
        reviews: offered.map(({ task, ...review }) => ({
          ...toReviewSummary(task, review),
          deadline: marks.get(review.taskId) ?? null,
          ...deadlineTimesOf(review, deadlines),
        })),
      };
    },
  );
}
