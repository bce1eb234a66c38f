// Every read and change of a task is audited: who (a person from their verified token, with the request,
// or the case assessment workflow whose activities send the commands), what, and which task. Details hold
// ids, versions, question codes and field names, never answer values or notes.
import { recordAudit } from '@yji/db';
import { systemActor } from '@yji/service-kit';

/**
 * Commands come from the case assessment workflow's activities, which act for the system: the person
 * behind an assignment is audited where they made it.
 */
export const WORKFLOW_ACTOR = systemActor('case-assessment-workflow');

/** A read of the task's case data: GET the task, and any answer that shows what is stored (a stale version's 409). */
export const TASK_READ = 'case.read';
export const TASK_ENTITY_TYPE = 'case-task';

export type TaskAction =
  | typeof TASK_READ
  | 'task.interview-recorded'
  | 'task.case-manager-interview-recorded'
  | 'task.submitted'
  | 'task.exclusion-flagged'
  | 'task.exclusion-flag-kept'
  | 'task.created'
  | 'task.assigned'
  | 'task.locked'
  | 'task.withdrawn';

export const auditTask = recordAudit<TaskAction>(TASK_ENTITY_TYPE);
