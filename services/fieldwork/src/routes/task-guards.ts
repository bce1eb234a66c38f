// The refusals every changing route shares.
import { z } from 'zod';
import { problem, StaleVersionConflict } from '@yji/contracts';
import { errorBody, errorResponse, HttpError, type Principal } from '@yji/service-kit';
import { ownTaskForRules } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { draftContentOf } from '../tasks/stored-task.ts';
import { isLocked } from '../task-state.ts';

/** A submitted or withdrawn task keeps its answers as they were. */
export function refuseIfLocked(task: CaseTask): void {
  if (isLocked(task.state))
    throw new HttpError(problem('task-locked', { state: task.state, change: 'changed' }));
}

/** The 409 body for a stale version, with what is stored now: the caller merges, nothing is overwritten. */
export function staleVersionConflict(task: CaseTask) {
  return {
    ...errorBody(problem('stale-version', { current: task.version })),
    current: draftContentOf(task),
  };
}

/** What a change at a version may answer with 409: a stale version (with what is stored), or a refusal. */
export const VERSION_CONFLICTS = z.union([StaleVersionConflict, errorResponse(409)]);

/**
 * The caller's own task, open, at the version their change is based on, with its surroundings for the rules.
 * A task they may not change is refused (404, 403, 409 task-locked); a change based on another version is
 * answered, not refused: the stale-version conflict comes back for the route to send.
 */
export async function openTaskAt(db: FieldworkDb, principal: Principal, taskId: string, version: number) {
  const { task, surroundings } = await ownTaskForRules(db, principal, taskId);
  refuseIfLocked(task);
  return task.version === version
    ? ({ ok: true, task, surroundings } as const)
    : ({ ok: false, conflict: staleVersionConflict(task) } as const);
}
