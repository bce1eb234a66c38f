// Starts a claim's review deadline workflow (ids, the claim's review version and the times only reach its
// history). Started in the claim's transaction: a claim never stands without its timers, and a workflow
// whose claim did not commit finds the review not as claimed and ends. Until it wakes, though, it holds its
// id, which the next claim of the same version makes again: a running workflow under that id can only be such
// an orphan (a claim that committed moved the review past its version), so the new claim's replaces it. The
// delays are counted at the claim, in working days unless the deployment fixed them (domain reviewDeadlineDelays).
import type { Client } from '@temporalio/client';
import { reviewDeadlineDelays, type ReviewDeadlines } from '@yji/domain';
import { REVIEW_DEADLINE_WORKFLOW, reviewDeadlineWorkflowId } from '@yji/workflows';
import type { CaseReview } from '../generated/prisma/client.ts';

export interface ReviewDeadlineClock {
  temporal: Client;
  taskQueue: string;
  deadlines: ReviewDeadlines;
}

export async function startReviewDeadline(
  { temporal, taskQueue, deadlines }: ReviewDeadlineClock,
  review: CaseReview,
) {
  await temporal.workflow.start(REVIEW_DEADLINE_WORKFLOW, {
    workflowId: reviewDeadlineWorkflowId(review.taskId, review.version),
    workflowIdConflictPolicy: 'TERMINATE_EXISTING',
    taskQueue,
    args: [
      {
        taskId: review.taskId,
        claimVersion: review.version,
        ...reviewDeadlineDelays(review.claimedAt ?? new Date(), deadlines),
      },
    ],
  });
}
