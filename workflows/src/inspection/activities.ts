// The activities the inspection workflow calls; the worker implements them by sending commands to the
// owning service over NATS.
import type { InspectionWorkflowInput } from '@yji/contracts';

export interface InspectionActivities {
  /** Idempotent: recording the same inspection twice stores it once. */
  recordInspection(input: InspectionWorkflowInput): Promise<void>;
}
