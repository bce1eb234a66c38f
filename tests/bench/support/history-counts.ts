// What a lifecycle cost Temporal, from its workflows' histories: workflow tasks completed, activities
// scheduled and signals received, summed over the workflows (every run of each, when one continued as new).
import type { Client } from '@temporalio/client';

export interface HistoryCounts {
  workflowTasks: number;
  activities: number;
  signals: number;
  events: number;
}

export async function historyCounts(client: Client, workflowIds: readonly string[]): Promise<HistoryCounts> {
  const counts: HistoryCounts = { workflowTasks: 0, activities: 0, signals: 0, events: 0 };
  for (const workflowId of workflowIds) {
    let runId: string | undefined;
    do {
      const { events } = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      runId = undefined;
      for (const event of events ?? []) {
        counts.events += 1;
        if (event.workflowTaskCompletedEventAttributes) counts.workflowTasks += 1;
        if (event.activityTaskScheduledEventAttributes) counts.activities += 1;
        if (event.workflowExecutionSignaledEventAttributes) counts.signals += 1;
        // A run that continued as new: its history ends there, the next run's begins.
        runId = event.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? runId;
      }
    } while (runId);
  }
  return counts;
}
