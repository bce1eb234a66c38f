// POST /api/publication/inspections/:id/factual-check/comments: the YJS contact comments on one section of
// the draft sent, while the check is open (before its deadline and not closed). A comment on a standard
// the approved ratings do not rate is refused (the domain's reportFindingsProblems). Kept for good. Sent with
// an Idempotency-Key (a form sent twice, a resend after a timeout), the comment is recorded once: a repeat
// answers the comment recorded, even after the check has closed (another comment under the same key: 422).
import { CommentBody, CommentView, IdempotencyKeyHeaders, problem } from '@yji/contracts';
import { reportFindingsProblems } from '@yji/domain';
import {
  actorOf,
  errorResponses,
  HttpError,
  insertOnce,
  keyedId,
  refuseIfPurged,
  type App,
} from '@yji/service-kit';
import { reportRoute, YJS } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { commentView, loadFactualCheck } from '../report/factual-check.ts';

const STANDARD_SECTION = /^standard-(\d\.\d)$/;

export function registerAddComment(app: App, db: PublicationDb) {
  app.post(
    '/api/publication/inspections/:id/factual-check/comments',
    reportRoute(db, YJS, {
      summary: 'Comment on a section of the draft sent for the factual accuracy check',
      description:
        'While the check is open: after its deadline, or once it is closed, 409. A standard the approved ' +
        'ratings do not rate, 422. Once the inspection’s case data is purged, 409 inspection-purged. With ' +
        'an Idempotency-Key the comment is recorded once: a repeat answers it again, another comment under ' +
        'the same key is 422 idempotency-key-reused.',
      headers: IdempotencyKeyHeaders,
      body: CommentBody,
      response: { 201: CommentView, ...errorResponses(409, 422) },
    }),
    async (request, reply) => {
      const { id } = request.params;
      const { section, text } = request.body;
      const check = await loadFactualCheck(db, id);
      if (!check) throw new HttpError(problem('not-found', { what: 'factual accuracy check' }));
      const standard = STANDARD_SECTION.exec(section)?.[1];
      const issues = standard
        ? reportFindingsProblems(
            [standard],
            check.draft.ratings.standards.map(({ id: standardId }) => standardId),
          ).map(({ message }) => ({ field: 'section', message }))
        : [];
      if (issues.length) throw new HttpError(problem('draft-invalid', { issues }));

      const actor = actorOf(request);
      const commentId = keyedId(request.headers['idempotency-key'], 'factual-comment', actor.userId, id);
      const comment = await db.$transaction(async (tx) => {
        await refuseIfPurged(tx, id, HttpError);
        const { row, repeat } = await insertOnce({
          insert: () =>
            tx.factualComment.createMany({
              data: { id: commentId, inspectionId: id, section, text, commentedBy: actor.userId },
              skipDuplicates: true,
            }),
          stored: () => tx.factualComment.findUniqueOrThrow({ where: { id: commentId } }),
          sent: { section, text },
          asSent: (stored) => ({ section: stored.section, text: stored.text }),
        });
        // A repeat is answered with the comment as it stands now, the lead's response to it included.
        if (repeat) return { row, response: await tx.commentResponse.findUnique({ where: { commentId } }) };
        // Whether the check is open is decided in the transaction that stores the comment (a refusal rolls
        // it back), so none is taken past the deadline.
        const stillOpen = await tx.factualCheck.count({
          where: { inspectionId: id, closedAt: null, deadline: { gt: new Date() } },
        });
        if (!stillOpen)
          throw new HttpError(
            problem('not-allowed-now', { reason: 'the factual accuracy check has closed' }),
          );
        await auditReport(tx, actor, id, 'comment.recorded', { commentId, section });
        return { row, response: null };
      });
      reply.code(201);
      return commentView(comment.row, comment.response);
    },
  );
}
