// One ReviewDeadlineWorkflow per claim of a case by a QA reviewer: durable timers that remind the reviewer,
// then tell the lead inspector the review is overdue (domain qa/review-deadlines.ts). It needs no message from
// the review: at each deadline the fieldwork service checks whether the review is still as it was claimed
// and, if it moved on (approved, returned, released, reassigned), the workflow ends there. A separate
// workflow, not states of the case workflow, so the case workflow's recorded histories are untouched.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { ReviewDeadlineInput } from '@yji/contracts';
import type { ReviewDeadlineActivities } from './activities.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';

const { recordReviewDeadline } = proxyActivities<ReviewDeadlineActivities>(COMMAND_ACTIVITY_OPTIONS);

export async function ReviewDeadlineWorkflow(input: ReviewDeadlineInput): Promise<'moved-on' | 'overdue'> {
  await sleep(input.remindAfterMs);
  const reminded = await recordReviewDeadline(input.taskId, 'reminder', input.claimVersion);
  if (!reminded.stillClaimed) return 'moved-on';
  await sleep(input.escalateAfterMs - input.remindAfterMs);
  const escalated = await recordReviewDeadline(input.taskId, 'overdue', input.claimVersion);
  return escalated.stillClaimed ? 'overdue' : 'moved-on';
}
