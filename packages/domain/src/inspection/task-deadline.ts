// Where an assessor's case task stands against its due date, as their task list and home page show it
// (docs/domain.md §6: a case is due at caseDueAt, its assessor reminded reminderLeadMs before, schedule.ts).

/** The states in which a case task is its assessor's to work on: assigned, started, or returned by QA. */
export const OPEN_TASK_STATES: ReadonlySet<string> = new Set(['assigned', 'in-progress', 'revising']);

export interface TaskDue {
  state: string;
  /** An ISO date-time; null for a task without one. */
  dueAt: string | null;
  /** Whether the reminder for this due date has come (the case workflow's timer fired). */
  reminded: boolean;
}

/**
 * Decision: an open task is overdue once its due date has passed, and due soon from the moment its reminder
 * came until then; a task submitted or withdrawn is neither. The reminder is the case workflow's own timer
 * (not recomputed here), so a task shows due soon exactly when its assessor was reminded.
 */
export function taskDeadline(task: TaskDue, now: string): 'overdue' | 'due-soon' | undefined {
  if (!OPEN_TASK_STATES.has(task.state)) return undefined;
  if (task.dueAt && Date.parse(task.dueAt) < Date.parse(now)) return 'overdue';
  return task.reminded ? 'due-soon' : undefined;
}
