// GET /api/fieldwork/reviews: the QA reviewer's queue — cases waiting on the inspections where they review,
// oldest first, never their own assessments, and a resubmission only for the reviewer it belongs to; with the
// cases they have claimed. Filters: inspection, assessor, framework (ids only, never case data). The queue names
// cases, so each read is audited (`reviews.listed`), as the assessor's task list is.
import { ReviewQueue, ReviewQueueQuery } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { leadTakesBlind } from '@yji/domain';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { reviewDeadlines } from '../../qa/review-deadline-marks.ts';
import { domainReviewOf } from '../../qa/review-record.ts';
import { toReviewSummary } from '../../qa/review-views.ts';

export function registerListReviews(app: App, db: FieldworkDb) {
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
      const deadlines = await reviewDeadlines(db, offered);
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
          deadline: deadlines.get(review.taskId) ?? null,
        })),
      };
    },
  );
}
