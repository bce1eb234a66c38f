// The QA figures the panel pack shows (contracts fieldwork/qa-figures.ts): agreement from the blind reviews
// (packages/domain measureAgreement), returns, safeguarding alerts. Counts only: nothing about a child.
// Refused inspection-purged once the case data is purged (the pack then opens without them).
import { getQaFigures } from '@yji/contracts';
import { measureAgreement } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { blindReviewsOf } from '../qa/blind-reviews.ts';
import { fieldworkCommand } from './task-for-command.ts';

export const getQaFiguresHandler = fieldworkCommand(getQaFigures, async (db, { inspectionId }) => {
  const blind = await blindReviewsOf(db, inspectionId, CommandRejected);
  const reviewed = await db.caseReview.findMany({ where: { inspectionId }, select: { taskId: true } });
  const returns = await db.reviewEntry.findMany({
    where: { move: 'return', taskId: { in: reviewed.map(({ taskId }) => taskId) } },
    select: { taskId: true },
  });
  return {
    blindReviews: blind.length,
    agreement: measureAgreement(blind).inspection,
    returnedCases: new Set(returns.map(({ taskId }) => taskId)).size,
    returns: returns.length,
    alertsRaised: await db.safeguardingAlert.count({ where: { inspectionId } }),
  };
});
