// The activities the inspection workflow calls; the worker implements each by sending one command to the
// inspection service over NATS. Arguments and results are ids and counts: no case data in the history.
import type {
  activateLongList,
  assignNewTasks,
  ConfirmedCase,
  checkExclusion,
  confirmSample,
  drawSample,
  excludeCase,
  InspectionWorkflowInput,
  planAssignments,
  reassignCase,
} from '@yji/contracts';
import type { Command } from '../command-activities.ts';

export interface InspectionActivities {
  /** Idempotent: recording the same inspection twice stores it once. */
  recordInspection(input: InspectionWorkflowInput): Promise<void>;
  activateLongList: Command<typeof activateLongList>;
  drawSample: Command<typeof drawSample>;
  checkExclusion: Command<typeof checkExclusion>;
  excludeCase: Command<typeof excludeCase>;
  confirmSample: Command<typeof confirmSample>;
  planAssignments: Command<typeof planAssignments>;
  reassignCase: Command<typeof reassignCase>;
  /**
   * Creates the fieldwork tasks of the confirmed sample at once (the worker fetches each case's long-list
   * facts on the way, so they never enter the history); answers the task ids that exist.
   */
  createSampleTasks(inspectionId: string, cases: ConfirmedCase[]): Promise<string[]>;
  /** Records the first assessor of new cases at once in the fieldwork service; answers the tasks assigned. */
  assignNewTasks: Command<typeof assignNewTasks>;
}
