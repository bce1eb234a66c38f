// One InspectionWorkflow per inspection (workflow id = inspection id) walks the lifecycle.
// This is the set-up phase; sampling and fieldwork arrive as Updates in the next stage.
import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { InspectionWorkflowInput, InspectionWorkflowState } from '@yji/contracts';
import type { InspectionActivities } from './activities.ts';
import { inspectionPhaseKey, inspectionStateQuery } from './definitions.ts';

// Commands go over NATS to a service that may be restarting: retry for long enough to ride out a deploy,
// with backoff so a down service is not hammered.
const { recordInspection } = proxyActivities<InspectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function InspectionWorkflow(input: InspectionWorkflowInput): Promise<void> {
  const state: InspectionWorkflowState = {
    inspectionId: input.inspectionId,
    phase: 'set-up',
    recorded: false,
  };
  setHandler(inspectionStateQuery, () => state);
  upsertSearchAttributes([{ key: inspectionPhaseKey, value: state.phase }]);

  await recordInspection(input);
  state.recorded = true;

  // The set-up phase ends when the lead inspector moves the inspection on (the next stage adds that Update).
  await condition(() => state.phase !== 'set-up');
}
