// The refusals every changing route shares.
import { problem } from '@yji/contracts';
import { errorBody, HttpError } from '@yji/service-kit';
import type { CaseTask } from '../generated/prisma/client.ts';
import { draftContentOf } from '../tasks/stored-task.ts';
import { isLocked } from '../task-state.ts';

/** A submitted or withdrawn task keeps its answers as they were. */
export function refuseIfLocked(task: CaseTask): void {
  if (isLocked(task.state))
    throw new HttpError(problem('task-locked', { state: task.state, change: 'changed' }));
}

/** The 409 body for a stale version, with what is stored now: the caller merges, nothing is overwritten. */
export function staleVersionConflict(task: CaseTask, sentVersion: number) {
  return {
    ...errorBody(problem('stale-version', { sent: sentVersion, current: task.version })),
    current: draftContentOf(task),
  };
}
