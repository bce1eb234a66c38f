// The inspection workflow's activities for its whole sample at once (issue 12): the confirmed sample's tasks
// created, and new cases' first assessors recorded, each by one command to the fieldwork service instead
// of one activity per case.
import { ApplicationFailure } from '@temporalio/activity';
import { assignNewTasks, createSampleTasks, getCaseFacts } from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { InspectionActivities } from '@yji/workflows';
import { send } from './send.ts';

type SampleTaskActivities = Pick<InspectionActivities, 'createSampleTasks' | 'assignNewTasks'>;

/**
 * A command the service refused for good: that case is left out, to its own workflow, which is refused in turn
 * and stays open, refusing assignments, until the lead excludes it (workflows/src/case-assessment/workflow.ts).
 */
const refused = (error: unknown) => error instanceof ApplicationFailure && error.nonRetryable;

export function createSampleTaskActivities(nc: NatsConnection): SampleTaskActivities {
  return {
    async createSampleTasks(inspectionId, cases) {
      // The facts go from the inspection service to the fieldwork service here, never into a history.
      const facts = await Promise.allSettled(
        cases.map(({ caseRef }) => send(nc, getCaseFacts, { inspectionId, caseRef })),
      );
      const passing = facts.find((outcome) => outcome.status === 'rejected' && !refused(outcome.reason));
      if (passing?.status === 'rejected') throw passing.reason;
      const tasks = cases.flatMap(({ taskId, caseRef, frameworkId }, index) => {
        const found = facts[index]!;
        return found.status === 'fulfilled' ? [{ taskId, caseRef, frameworkId, facts: found.value }] : [];
      });
      if (tasks.length === 0) return [];
      return (await send(nc, createSampleTasks, { inspectionId, tasks })).taskIds;
    },
    assignNewTasks: (request) => send(nc, assignNewTasks, request),
  };
}
