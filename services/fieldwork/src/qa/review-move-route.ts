// A route that makes one move of a case's review (claim, release, approve, return, reassign, correct): the
// caller must be able to see the review (else 404), the move names the review version it was based on, and
// the domain decides the rest (qa/apply-review-move.ts). Each move's route is a file that states its path,
// body and how the body becomes the move.
import type { z } from 'zod';
import { ReviewMoved, type Role } from '@yji/contracts';
import type { ReviewMove } from '@yji/domain';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import type { CaseReview } from '../generated/prisma/client.ts';
import { applyReviewMove } from './apply-review-move.ts';
import { reviewRoute } from './review-route.ts';
import { visibleReview, type ReviewAccess } from './review-access.ts';
import { toReviewSummary } from './review-views.ts';

const MOVE_BODY_LIMIT_BYTES = 256 * 1024;

export interface ReviewMoveRoute<B extends z.ZodType<{ version: number }>> {
  /** Under /api/fieldwork/reviews/:taskId/. */
  path: string;
  roles: readonly [Role, ...Role[]];
  summary: string;
  description: string;
  body: B;
  toMove: (body: z.output<B>, access: ReviewAccess) => ReviewMove | Promise<ReviewMove>;
  /** Done in the move's transaction with the moved review (see applyReviewMove). */
  alongside?: (review: CaseReview) => Promise<void>;
}

export function registerReviewMove<B extends z.ZodType<{ version: number }>>(
  app: App,
  db: FieldworkDb,
  spec: ReviewMoveRoute<B>,
) {
  app.post(
    `/api/fieldwork/reviews/:taskId/${spec.path}`,
    {
      ...reviewRoute(spec.roles, {
        summary: spec.summary,
        description:
          `${spec.description} A move based on an older review version answers 409 stale-version; one the ` +
          'review’s state does not allow, 409 review-not-open; one this person may not make (separation of ' +
          'duties), 403 duty-refused.',
        body: spec.body,
        response: { 200: ReviewMoved, ...errorResponses(409, 422) },
      }),
      bodyLimit: MOVE_BODY_LIMIT_BYTES,
    },
    async (request) => {
      const body = request.body as z.output<B>;
      const access = await visibleReview(db, request.principal, request.params.taskId);
      const { task, review } = await applyReviewMove(db, {
        taskId: access.task.id,
        version: body.version,
        move: await spec.toMove(body, access),
        member: access.member,
        actor: actorOf(request),
        ...(spec.alongside ? { alongside: spec.alongside } : {}),
      });
      return toReviewSummary(task, review);
    },
  );
}
