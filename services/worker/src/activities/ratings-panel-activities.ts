// The ratings panel workflow's activities: each sends one command to the ratings service. Commands are
// idempotent, so Temporal may retry them freely.
import { approveRatings, openPanel, recordDecision } from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { RatingsPanelActivities } from '@yji/workflows';
import { send } from './send.ts';

export function createRatingsPanelActivities(nc: NatsConnection): RatingsPanelActivities {
  return {
    openPanel: (request) => send(nc, openPanel, request),
    recordDecision: (request) => send(nc, recordDecision, request),
    approveRatings: (request) => send(nc, approveRatings, request),
  };
}
