// One move of a case's review by a person, in one transaction with the review row locked: the move must be
// based on the review's current version, the domain decides whether this person may make it now
// (qa/review-states.ts), and what the move changes besides the review — the task reopening for revision, the
// ratings told of an approval or of a reopened approval — commits with it or not at all.
import { problem } from '@yji/contracts';
import { moveReview, type ReviewMove, type TeamMember } from '@yji/domain';
import type { AuditActor } from '@yji/db';
import { HttpError } from '@yji/service-kit';
import { refuseIfPurgedFor } from '../access/purge-guard.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseReview, CaseTask, Prisma } from '../generated/prisma/client.ts';
import { countingJudgementOf } from './blind-gate.ts';
import { domainReviewOf, isBlind } from './review-record.ts';
import { recordReviewEntry } from './review-entry.ts';
import { reviewRefused } from './review-refusal.ts';
import { publishApproval, publishReopening } from './review-events.ts';

export interface PersonMove {
  taskId: string;
  /** The review version the caller's view was based on. */
  version: number;
  move: ReviewMove;
  member: TeamMember;
  actor: AuditActor;
  /** Done in the move's transaction, so it happens if and only if the move does (a claim's deadline timer). */
  alongside?: (review: CaseReview) => Promise<void>;
}

/** The moves a blind review cannot make before its reviewer's own judgements are recorded (blind-gate.ts). */
const DECISIONS = new Set<ReviewMove['type']>(['approve', 'return']);

/** Locks the case's review for the rest of the transaction: every move of it, and a resubmission, take it. */
export async function lockReview(tx: Prisma.TransactionClient, taskId: string) {
  await tx.$executeRawUnsafe('SELECT 1 FROM "CaseReview" WHERE "taskId" = $1::uuid FOR UPDATE', taskId);
}

/** The case's task and review, read after taking the review's lock: what a change of the review acts on. */
export async function lockedReview(tx: Prisma.TransactionClient, taskId: string) {
  await lockReview(tx, taskId);
  const task = await tx.caseTask.findUnique({ where: { id: taskId }, include: { review: true } });
  if (!task?.review) throw new HttpError(problem('not-found', { what: 'review' }));
  return { task, review: task.review };
}

/**
 * The task follows the review when the assessor gets it back: a reopened case is revised. A correction also
 * moves the task to its next version: whatever is resubmitted, unchanged included, is then approved at a
 * later version than the reopening, which the inspection workflow and the ratings order a case's news by (an
 * approval at the reopening's own version ranks below it, and the case would stay reopened for good).
 */
async function reopenTask(tx: Prisma.TransactionClient, task: CaseTask, nextVersion: boolean) {
  await tx.caseTask.update({
    where: { id: task.id },
    data: { state: 'revising', ...(nextVersion ? { version: { increment: 1 } } : {}) },
  });
}

async function currentVersion(tx: Prisma.TransactionClient, review: CaseReview) {
  return tx.assessmentVersion.findUniqueOrThrow({
    where: { taskId_round: { taskId: review.taskId, round: review.round } },
  });
}

export function applyReviewMove(
  db: FieldworkDb,
  { taskId, version, move, member, actor, alongside }: PersonMove,
) {
  return db.$transaction(async (tx) => {
    await refuseIfPurgedFor(tx, 'task', taskId, HttpError);
    const { task, review } = await lockedReview(tx, taskId);
    if (review.version !== version)
      throw new HttpError(problem('stale-version', { current: review.version }));
    const outcome = moveReview(domainReviewOf(review), move, member);
    if (!outcome.ok) throw reviewRefused(outcome.error);
    if (DECISIONS.has(move.type) && isBlind(review) && !(await countingJudgementOf(tx, review)))
      throw new HttpError(problem('blind-judgements-first'));
    const next = outcome.review;
    const at = new Date();
    const updated = await tx.caseReview.update({
      where: { taskId },
      data: {
        state: next.state,
        reviewerId: next.reviewerId,
        round: next.round,
        approval: next.approval,
        version: review.version + 1,
        // A case given back to the queue keeps its place: the queue is by when it was submitted.
        waitingSince: review.waitingSince ?? at,
        claimedAt: next.state !== 'in-review' ? null : review.state === 'in-review' ? review.claimedAt : at,
      },
    });
    await recordReviewEntry(
      tx,
      updated,
      {
        move: move.type,
        actorId: member.userId,
        at,
        ...(move.type === 'return' ? { reason: move.reason, comments: move.comments } : {}),
        ...(move.type === 'correct' ? { reason: move.reason } : {}),
      },
      actor,
      move.type === 'reassign-reviewer' ? { reviewerId: move.reviewer.userId } : {},
    );
    if (move.type === 'approve')
      await publishApproval(tx, task, await currentVersion(tx, review), member.userId, at);
    if (move.type === 'reopen') await reopenTask(tx, task, false);
    if (move.type === 'correct') {
      await reopenTask(tx, task, true);
      await publishReopening(tx, task, await currentVersion(tx, review), member.userId, at);
    }
    await alongside?.(updated);
    return { task, review: updated };
  });
}
