// The case assessment workflow's activities: commands to the fieldwork service. The case's long-list
// facts go from the inspection service to the fieldwork service inside the activity, so they never enter
// the workflow's history.
import {
  assignTask,
  createTask,
  getCaseFacts,
  lockSubmittedTask,
  recordDeadlineEvent,
  withdrawTask,
} from '@yji/contracts';
import type { NatsConnection } from '@yji/messaging';
import type { CaseAssessmentActivities } from '@yji/workflows';
import { send } from './send.ts';

export function createCaseAssessmentActivities(nc: NatsConnection): CaseAssessmentActivities {
  return {
    async createCaseTask({ taskId, inspectionId, caseRef, frameworkId }) {
      const facts = await send(nc, getCaseFacts, { inspectionId, caseRef });
      await send(nc, createTask, { taskId, inspectionId, caseRef, frameworkId, facts });
    },
    async assignCaseTask(taskId, assigneeId, dueAt) {
      await send(nc, assignTask, { taskId, assigneeId, dueAt });
    },
    async lockSubmittedTask(taskId, version) {
      await send(nc, lockSubmittedTask, { taskId, version });
    },
    async withdrawCaseTask(taskId) {
      await send(nc, withdrawTask, { taskId });
    },
    async recordDeadlineEvent(taskId, kind, dueAt) {
      await send(nc, recordDeadlineEvent, { taskId, kind, dueAt });
    },
  };
}
