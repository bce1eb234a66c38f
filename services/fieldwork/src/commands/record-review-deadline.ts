// A claimed review's deadline (the review deadline workflow's timers): the reviewer's reminder, or the lead
// inspector told it is overdue. Recorded on the review's timeline and published only while the review is
// still as it was claimed, and once per claim; otherwise it says the review has moved on.
import type { z } from 'zod';
import { problem, recordReviewDeadline, reviewOverdue, reviewReminderDue } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { SYSTEM } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { systemActor } from '@yji/service-kit';
import { recordReviewEntry } from '../qa/review-entry.ts';
import { fieldworkCommand } from './task-for-command.ts';

/** The review deadline workflow acts for the system. */
const REVIEW_DEADLINE_ACTOR = systemActor('review-deadline-workflow');

export const recordReviewDeadlineHandler = fieldworkCommand(recordReviewDeadline, (db, command) =>
  db.$transaction(async (tx) => {
    const { taskId, kind, claimVersion } = command;
    await tx.$executeRawUnsafe('SELECT 1 FROM "CaseReview" WHERE "taskId" = $1::uuid FOR UPDATE', taskId);
    const review = await tx.caseReview.findUnique({ where: { taskId }, include: { task: true } });
    if (!review) throw new CommandRejected(problem('not-found', { what: 'review' }));
    const stillClaimed =
      review.state === 'in-review' && review.version === claimVersion && review.claimedAt !== null;
    if (!stillClaimed || !review.claimedAt || !review.reviewerId)
      return { taskId, recorded: false, stillClaimed: false };
    const move = kind === 'reminder' ? 'reminder-due' : 'overdue';
    const already = await tx.reviewEntry.findFirst({
      where: { taskId, move, at: { gte: review.claimedAt } },
    });
    if (already) return { taskId, recorded: false, stillClaimed: true };
    await recordReviewEntry(tx, review, { move, actorId: SYSTEM, at: new Date() }, REVIEW_DEADLINE_ACTOR, {
      reviewerId: review.reviewerId,
    });
    const event = kind === 'reminder' ? reviewReminderDue : reviewOverdue;
    await appendToOutbox(tx, event.subject, {
      taskId,
      inspectionId: review.inspectionId,
      caseRef: review.task.caseRef,
      reviewerId: review.reviewerId,
      claimedAt: review.claimedAt.toISOString(),
    } satisfies z.input<typeof reviewOverdue.payload>);
    return { taskId, recorded: true, stillClaimed: true };
  }),
);
