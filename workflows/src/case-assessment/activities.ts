// The case assessment workflow's activities; the worker sends each as a command to the fieldwork service
// (and, for the case facts, the inspection service). All are idempotent by task id.
import type { CaseAssessmentInput } from '@yji/contracts';

export interface CaseAssessmentActivities {
  /** Creates the fieldwork task with the case's long-list facts (fetched from the inspection service). */
  createCaseTask(input: CaseAssessmentInput): Promise<void>;
  assignCaseTask(taskId: string, assigneeId: string, dueAt: string): Promise<void>;
  lockSubmittedTask(taskId: string, version: number): Promise<void>;
  withdrawCaseTask(taskId: string): Promise<void>;
  recordDeadlineEvent(taskId: string, kind: 'reminder' | 'overdue', dueAt: string): Promise<void>;
}
