// The review deadline workflow's activity; the worker sends it as a command to the fieldwork service, which
// records the deadline only while the review is still as it was claimed (idempotent by claim).
export interface ReviewDeadlineActivities {
  recordReviewDeadline(
    taskId: string,
    kind: 'reminder' | 'overdue',
    claimVersion: number,
  ): Promise<{ recorded: boolean; stillClaimed: boolean }>;
}
