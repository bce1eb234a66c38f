// Closes the factual accuracy check at its deadline, for the publication workflow's timer: no more comments.
// Closing it again (the activity retried) answers as before.
import { closeFactualCheck, factualCheckClosed, problem } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditReport } from '../audit/audit-report.ts';
import { publicationCommand, WORKFLOW_ACTOR } from './publication-command.ts';

export const closeFactualCheckHandler = publicationCommand(
  closeFactualCheck,
  async (db, { inspectionId }) => {
    const comments = await db.factualComment.count({ where: { inspectionId } });
    const closed = await db.$transaction(async (tx) => {
      const closedAt = new Date();
      const { count } = await tx.factualCheck.updateMany({
        where: { inspectionId, closedAt: null },
        data: { closedAt },
      });
      if (count === 1) {
        await appendToOutbox(tx, factualCheckClosed.subject, {
          inspectionId,
          closedAt: closedAt.toISOString(),
          comments,
        });
        await auditReport(tx, WORKFLOW_ACTOR, inspectionId, 'factual-check.closed', { comments });
      }
      return (await tx.factualCheck.findUnique({ where: { inspectionId } }))?.closedAt;
    });
    if (!closed) throw new CommandRejected(problem('not-found', { what: 'factual accuracy check' }));
    return { closedAt: closed.toISOString(), comments };
  },
);
