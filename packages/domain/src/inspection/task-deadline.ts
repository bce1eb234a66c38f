// Which case tasks are their assessor's to work on, and where each stands against its due date, as their task
// list and home page show them (docs/domain.md §6: a case is due at caseDueAt, its assessor reminded
// reminderLeadMs before, schedule.ts; §6 step 4: QA returns a case with a reason and the inspector revises it,
// qa/review-states.ts).

/** The task states in which a case task is its assessor's to work on: assigned, started, or being revised. */
export const OPEN_TASK_STATES: ReadonlySet<string> = new Set(['assigned', 'in-progress', 'revising']);

/**
 * The review states (qa/review-states.ts) in which a submitted case is back with its assessor: returned by QA
 * and not yet opened again (its task still `submitted`), or reopened and being revised (its task `revising`).
 */
export const BACK_WITH_ASSESSOR: ReadonlySet<string> = new Set(['returned', 'revising']);

/** A case task as its assessor's list has it: its state, and its case's in quality assurance (null before). */
export interface TaskStanding {
  state: string;
  reviewState: string | null;
}

/** Whether the case came back to its assessor from quality assurance (or a correction) and is theirs again. */
export const isBackWithAssessor = (task: Pick<TaskStanding, 'reviewState'>): boolean =>
  task.reviewState !== null && BACK_WITH_ASSESSOR.has(task.reviewState);

/**
 * Whether the case is its assessor's to work on: an open task, or a case back with them from QA. A returned
 * case counts from the return, not only once its assessor opens it: its task stays `submitted` until then, yet
 * the work is theirs (the page that says "returned by quality assurance" must not also say "nothing to do").
 */
export const isAssessorsToWorkOn = (task: TaskStanding): boolean =>
  OPEN_TASK_STATES.has(task.state) || isBackWithAssessor(task);

export interface TaskDue extends TaskStanding {
  /** An ISO date-time; null for a task without one. */
  dueAt: string | null;
  /** Whether the reminder for this due date has come (the case workflow's timer fired). */
  reminded: boolean;
}

/**
 * Decision: a task its assessor is to work on is overdue once its due date has passed, and due soon from the
 * moment its reminder came until then; a task submitted (and not returned) or withdrawn is neither. The
 * reminder is the case workflow's own timer (not recomputed here), so a task shows due soon exactly when its
 * assessor was reminded.
 *
 * Decision: a case QA returned keeps its own due date, labelled from the return just as while it is revised.
 * QA sets no date of its own for a revision (qa/review-states.ts names none), and the case's assessments-due
 * date is when the inspection needs its assessment done, which a returned case is not until QA approves it; so
 * an inspector sees the same "Overdue" whether or not they have opened the case yet, rather than a label that
 * appears only once they open it.
 */
export function taskDeadline(task: TaskDue, now: string): 'overdue' | 'due-soon' | undefined {
  if (!isAssessorsToWorkOn(task)) return undefined;
  if (task.dueAt && Date.parse(task.dueAt) < Date.parse(now)) return 'overdue';
  return task.reminded ? 'due-soon' : undefined;
}
