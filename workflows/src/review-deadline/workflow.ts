// One ReviewDeadlineWorkflow per claim of a case by a QA reviewer: durable timers that remind the reviewer,
// then tell the lead inspector the review is overdue (domain qa/review-deadlines.ts). It needs no message from
// the review: at each deadline the fieldwork service checks whether the review is still as it was claimed
// and, if it moved on (approved, returned, released, reassigned), the workflow ends there. A separate
// workflow, not states of the case workflow, so the case workflow's recorded histories are untouched.
import { patched, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { ReviewDeadlineInput } from '@yji/contracts';
import type { ReviewDeadlineActivities } from './activities.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';

const { recordReviewDeadline } = proxyActivities<ReviewDeadlineActivities>(COMMAND_ACTIVITY_OPTIONS);

/**
 * The patch under which the lead hears `escalateAfterMs` after the claim whatever the reminder took (its
 * activity retries while the fieldwork service is down), not that long after the reminder was recorded.
 */
const ESCALATION_FROM_THE_CLAIM_PATCH = 'escalation-counted-from-the-claim';

export async function ReviewDeadlineWorkflow(input: ReviewDeadlineInput): Promise<'moved-on' | 'overdue'> {
  await sleep(input.remindAfterMs);
  const reminded = await recordReviewDeadline(input.taskId, 'reminder', input.claimVersion);
  if (!reminded.stillClaimed) return 'moved-on';
  const claimedAt = workflowInfo().startTime.getTime();
  await sleep(
    patched(ESCALATION_FROM_THE_CLAIM_PATCH)
      ? Math.max(1, claimedAt + input.escalateAfterMs - Date.now())
      : input.escalateAfterMs - input.remindAfterMs,
  );
  const escalated = await recordReviewDeadline(input.taskId, 'overdue', input.claimVersion);
  return escalated.stillClaimed ? 'overdue' : 'moved-on';
}
