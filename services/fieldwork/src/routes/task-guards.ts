// The refusals every changing route shares.
import { HttpError } from '@yji/service-kit';
import type { CaseTask } from '../generated/prisma/client.ts';
import { draftContentOf } from '../tasks/stored-task.ts';
import { isLocked } from '../task-state.ts';

/** A submitted or withdrawn task keeps its answers as they were. */
export function refuseIfLocked(task: CaseTask): void {
  if (isLocked(task.state))
    throw new HttpError(409, 'task-locked', `the task is ${task.state}; it cannot be changed`);
}

/** The 409 body for a stale version, with what is stored now: the caller merges, nothing is overwritten. */
export function staleVersionConflict(task: CaseTask, sentVersion: number) {
  return {
    error: {
      code: 'stale-version' as const,
      message: `version ${sentVersion} is not the current version ${task.version}; reload and merge`,
    },
    current: draftContentOf(task),
  };
}
