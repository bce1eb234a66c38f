// A review's timeline: every move appended with who made it, and a return's or correction's reason and
// comments. Audited alongside, with ids, states and question codes only (never the reason's text).
import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditDetails } from '@yji/db';
import { auditReview } from '../audit/audit-review.ts';
import type { CaseReview, Prisma } from '../generated/prisma/client.ts';

export interface ReviewEntryInput {
  move: string;
  actorId: string;
  reason?: string;
  comments?: Record<string, string>;
  at: Date;
}

export async function recordReviewEntry(
  tx: Prisma.TransactionClient,
  review: Pick<CaseReview, 'taskId' | 'inspectionId' | 'round' | 'state'>,
  entry: ReviewEntryInput,
  actor: AuditActor,
  details: AuditDetails = {},
): Promise<void> {
  await tx.reviewEntry.create({
    data: {
      id: randomUUID(),
      taskId: review.taskId,
      round: review.round,
      move: entry.move,
      actorId: entry.actorId,
      reason: entry.reason ?? null,
      comments: entry.comments ?? {},
      at: entry.at,
    },
  });
  await auditReview(
    tx,
    actor,
    { id: review.taskId, inspectionId: review.inspectionId },
    `review.${entry.move}`,
    {
      state: review.state,
      round: review.round,
      ...(entry.comments ? { commentedQuestions: Object.keys(entry.comments) } : {}),
      ...details,
    },
  );
}
