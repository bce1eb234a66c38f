// The inspection workflow's activities: each sends one command to the inspection service. Commands are
// idempotent (keyed by the inspection id), so Temporal may retry them freely.
import { recordInspection } from '@yji/contracts';
import { sendCommand, type NatsConnection } from '@yji/messaging';
import type { InspectionActivities } from '@yji/workflows';

export function createInspectionActivities(nc: NatsConnection): InspectionActivities {
  return {
    async recordInspection(input) {
      await sendCommand(nc, recordInspection, input);
    },
  };
}
