// PUT /api/publication/inspections/:id/factual-check/comments/:commentId/response: the lead inspector accepts
// or rejects a comment, with a reason. Once per comment, kept for good; the revised draft is a new version
// of the text (PUT …/draft).
import { CommentIdParams, CommentResponseBody, CommentView, problem } from '@yji/contracts';
import { actorOf, errorResponses, HttpError, refuseIfPurged, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { commentView } from '../report/factual-check.ts';

export function registerRespondToComment(app: App, db: PublicationDb) {
  app.put(
    '/api/publication/inspections/:id/factual-check/comments/:commentId/response',
    reportRoute(db, LEAD, {
      summary: "Accept or reject a YJS contact's comment, with the reason",
      description:
        'Once per comment (409 after); kept for good. Once the inspection’s case data is purged, 409 ' +
        'inspection-purged.',
      params: CommentIdParams,
      body: CommentResponseBody,
      response: { 200: CommentView, ...errorResponses(409) },
    }),
    async (request) => {
      const { id, commentId } = request.params;
      const { decision, reason } = request.body;
      const comment = await db.factualComment.findFirst({ where: { id: commentId, inspectionId: id } });
      if (!comment) throw new HttpError(problem('not-found', { what: 'comment' }));
      const actor = actorOf(request);
      const response = await db.$transaction(async (tx) => {
        // A reason can quote the comment: not recorded once the purge emptied it (docs/retention.md).
        await refuseIfPurged(tx, id, HttpError);
        const { count } = await tx.commentResponse.createMany({
          data: [{ commentId, inspectionId: id, decision, reason, respondedBy: actor.userId }],
          skipDuplicates: true,
        });
        if (count === 0) return null;
        await auditReport(tx, actor, id, 'comment.answered', { commentId, decision });
        return tx.commentResponse.findUniqueOrThrow({ where: { commentId } });
      });
      if (!response)
        throw new HttpError(problem('not-allowed-now', { reason: 'the comment has a response already' }));
      return commentView(comment, response);
    },
  );
}
