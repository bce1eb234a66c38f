// The publication workflow's activities: each sends one command to the publication service. Commands are
// idempotent, so Temporal may retry them freely.
import { closeFactualCheck, openFactualCheck, publishReport, schedulePublication } from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { PublicationActivities } from '@yji/workflows';
import { send } from './send.ts';

export function createPublicationActivities(nc: NatsConnection): PublicationActivities {
  return {
    openFactualCheck: (request) => send(nc, openFactualCheck, request),
    closeFactualCheck: (request) => send(nc, closeFactualCheck, request),
    schedulePublication: (request) => send(nc, schedulePublication, request),
    publishReport: (request) => send(nc, publishReport, request),
  };
}
