// The refusals every changing route shares.
import { z } from 'zod';
import { problem, StaleVersionConflict, type Actor } from '@yji/contracts';
import { errorBody, errorResponse, HttpError } from '@yji/service-kit';
import { ownTaskForRules } from '../access/task-access.ts';
import { auditTask, TASK_READ } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { draftContentOf } from '../tasks/stored-task.ts';
import { isLocked } from '../task-state.ts';

/** A submitted or withdrawn task keeps its answers as they were. */
export function refuseIfLocked(task: Pick<CaseTask, 'state'>): void {
  if (isLocked(task.state))
    throw new HttpError(problem('task-locked', { state: task.state, change: 'changed' }));
}

/**
 * The 409 body for a stale version, with what is stored now: the caller merges, nothing is overwritten. It
 * shows the stored draft, so it is a read of the task's case data, audited as reading the task is.
 */
export async function staleVersionConflict(db: FieldworkDb, actor: Actor, task: CaseTask) {
  await auditTask(db, actor, task, TASK_READ, { answeredWith: 'stale-version', version: task.version });
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
export async function openTaskAt(db: FieldworkDb, actor: Actor, taskId: string, version: number) {
  const { task, surroundings } = await ownTaskForRules(db, actor, taskId);
  refuseIfLocked(task);
  return task.version === version
    ? ({ ok: true, task, surroundings } as const)
    : ({ ok: false, conflict: await staleVersionConflict(db, actor, task) } as const);
}
