// The publication workflow's activities: each sends one command to a service (the publication service's,
// and each service's retention purge), except the retention period's end, which is the worker's own setting.
// Commands are idempotent, so Temporal may retry them freely.
import {
  closeFactualCheck,
  openFactualCheck,
  publishReport,
  purgeFactualCheck,
  purgeFieldworkCases,
  purgeInspectionCases,
  schedulePublication,
} from '@yji/contracts';
import { retentionEnds } from '@yji/domain';
import type { NatsConnection } from '@yji/messaging';
import type { PublicationActivities } from '@yji/workflows';
import { send } from './send.ts';

/** `retentionMs`: the deployment's retention period (RETENTION_PERIOD). */
export function createPublicationActivities(nc: NatsConnection, retentionMs: number): PublicationActivities {
  return {
    openFactualCheck: (request) => send(nc, openFactualCheck, request),
    closeFactualCheck: (request) => send(nc, closeFactualCheck, request),
    schedulePublication: (request) => send(nc, schedulePublication, request),
    publishReport: (request) => send(nc, publishReport, request),
    retentionEnds: async ({ publishedAt }) => retentionEnds(new Date(publishedAt), retentionMs).toISOString(),
    purgeInspectionCases: (request) => send(nc, purgeInspectionCases, request),
    purgeFieldworkCases: (request) => send(nc, purgeFieldworkCases, request),
    purgeFactualCheck: (request) => send(nc, purgeFactualCheck, request),
  };
}
