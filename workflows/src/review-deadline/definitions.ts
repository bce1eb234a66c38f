// The review deadline workflow's name and id; the fieldwork service starts one when a reviewer claims a case.
export const REVIEW_DEADLINE_WORKFLOW = 'ReviewDeadlineWorkflow';

/** One per claim: the review version after the claim names it. */
export const reviewDeadlineWorkflowId = (taskId: string, claimVersion: number) =>
  `review-deadline-${taskId}-v${claimVersion}`;
