// The inspection workflow's activities: each sends one command to the inspection service. Commands are
// idempotent, so Temporal may retry them freely.
import {
  activateLongList,
  checkExclusion,
  confirmSample,
  drawSample,
  excludeCase,
  planAssignments,
  reassignCase,
  recordInspection,
} from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { InspectionActivities } from '@yji/workflows';
import { send } from './send.ts';

/** Every inspection activity but those for the whole sample at once (sample-task-activities.ts). */
export function createInspectionActivities(
  nc: NatsConnection,
): Omit<InspectionActivities, 'createSampleTasks' | 'assignNewTasks'> {
  return {
    async recordInspection(input) {
      await send(nc, recordInspection, input);
    },
    activateLongList: (request) => send(nc, activateLongList, request),
    drawSample: (request) => send(nc, drawSample, request),
    checkExclusion: (request) => send(nc, checkExclusion, request),
    excludeCase: (request) => send(nc, excludeCase, request),
    confirmSample: (request) => send(nc, confirmSample, request),
    planAssignments: (request) => send(nc, planAssignments, request),
    reassignCase: (request) => send(nc, reassignCase, request),
  };
}
