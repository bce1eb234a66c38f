// POST /api/publication/inspections/:id/factual-check/comments: the YJS contact comments on one section of
// the draft sent, while the check is open (before its deadline and not closed). A comment on a standard
// the approved ratings do not rate is refused (the domain's reportFindingsProblems). Kept for good.
import { randomUUID } from 'node:crypto';
import { CommentBody, CommentView, problem } from '@yji/contracts';
import { reportFindingsProblems } from '@yji/domain';
import { actorOf, errorResponses, HttpError, refuseIfPurged, type App } from '@yji/service-kit';
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
        'ratings do not rate, 422. Once the inspection’s case data is purged, 409 inspection-purged.',
      body: CommentBody,
      response: { 201: CommentView, ...errorResponses(409, 422) },
    }),
    async (request, reply) => {
      const { id } = request.params;
      const { section, text } = request.body;
      const check = await loadFactualCheck(db, id);
      if (!check) throw new HttpError(problem('not-found', { what: 'factual accuracy check' }));
      if (!check.open)
        throw new HttpError(problem('not-allowed-now', { reason: 'the factual accuracy check has closed' }));
      const standard = STANDARD_SECTION.exec(section)?.[1];
      const issues = standard
        ? reportFindingsProblems(
            [standard],
            check.draft.ratings.standards.map(({ id: standardId }) => standardId),
          ).map(({ message }) => ({ field: 'section', message }))
        : [];
      if (issues.length) throw new HttpError(problem('draft-invalid', { issues }));

      const actor = actorOf(request);
      const comment = await db.$transaction(async (tx) => {
        await refuseIfPurged(tx, id, HttpError);
        // The deadline is checked again in the transaction that stores the comment.
        const stillOpen = await tx.factualCheck.count({
          where: { inspectionId: id, closedAt: null, deadline: { gt: new Date() } },
        });
        if (!stillOpen) return null;
        const stored = await tx.factualComment.create({
          data: { id: randomUUID(), inspectionId: id, section, text, commentedBy: actor.userId },
        });
        await auditReport(tx, actor, id, 'comment.recorded', { commentId: stored.id, section });
        return stored;
      });
      if (!comment)
        throw new HttpError(problem('not-allowed-now', { reason: 'the factual accuracy check has closed' }));
      reply.code(201);
      return commentView(comment, null);
    },
  );
}
