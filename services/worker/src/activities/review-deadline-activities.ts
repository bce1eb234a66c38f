// The review deadline workflow's activity: it sends the deadline command to the fieldwork service.
import { recordReviewDeadline } from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { ReviewDeadlineActivities } from '@yji/workflows';
import { send } from './send.ts';

export function createReviewDeadlineActivities(nc: NatsConnection): ReviewDeadlineActivities {
  return {
    recordReviewDeadline: (taskId, kind, claimVersion) =>
      send(nc, recordReviewDeadline, { taskId, kind, claimVersion }),
  };
}
