// Who may see and change a task. The token's roles decide the kind of action; TeamMembership decides
// which inspection; an assessor sees and changes only the tasks assigned to them. A task the caller may
// not read answers 404, as if it did not exist: even its existence says something about a child.
import type { z } from 'zod';
import { problem, TaskIdParams, type Actor, type Role } from '@yji/contracts';
import { errorResponses, HttpError, refuseWhenPurged, requireRole, type Principal } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { caseInspectionFrom } from '../inspection/inspection-settings.ts';
import { surroundingsFrom, type CaseSurroundings } from '../tasks/stored-task.ts';
import { readerTask, taskForRules, taskWithAccess, type TaskChangeAccess } from '../tasks/task-read-sql.ts';

/**
 * The task with everything its reader sees, its surroundings for the rules, and the review's latest return,
 * for a caller who may read it (its assessor or the inspection's lead inspector); else 404. One statement,
 * which also records the read in the audit log.
 */
export async function readableTask(db: FieldworkDb, actor: Actor, taskId: string) {
  const found = await readerTask(db, taskId, actor);
  if (!found || (!found.access.own && !found.access.lead)) {
    throw new HttpError(problem('not-found', { what: 'task' }));
  }
  const { task, settings, lastReturn } = found;
  const surroundings = surroundingsFrom(caseInspectionFrom(settings), task.caseManagerInterview);
  return { task, surroundings, lastReturn };
}

/**
 * What the caller found, if it is their own task and its inspection's case data is kept: a lead inspector
 * who may read it is told 403, anyone else 404; its assessor, once the case data is purged, 409
 * inspection-purged (docs/retention.md). The purge's time comes with the task, in the same statement.
 */
function ownOrRefused<T extends TaskChangeAccess>(found: T | null): T {
  if (found?.access.own) {
    refuseWhenPurged(found.purgedAt, HttpError);
    return found;
  }
  if (found?.access.lead) throw new HttpError(problem('forbidden', { needs: 'the assigned assessor' }));
  throw new HttpError(problem('not-found', { what: 'task' }));
}

/** The task, for its own assessor, who alone may change it (refusals as `ownOrRefused`). */
export async function ownTask(db: FieldworkDb, principal: Principal, taskId: string): Promise<CaseTask> {
  return ownOrRefused(await taskWithAccess(db, taskId, principal)).task;
}

/**
 * As `ownTask`, with the task's surroundings for the rules (its inspection's settings and case manager
 * interview), read in the same statement: the draft save's and the submission's first read.
 */
export async function ownTaskForRules(
  db: FieldworkDb,
  principal: Principal,
  taskId: string,
): Promise<{ task: CaseTask; surroundings: CaseSurroundings }> {
  const { task, settings, caseManagerInterview } = ownOrRefused(await taskForRules(db, taskId, principal));
  return { task, surroundings: surroundingsFrom(caseInspectionFrom(settings), caseManagerInterview) };
}

/** What a route on one task says about itself; its answers by status. */
interface TaskRouteSchema {
  summary: string;
  response: Record<number, z.ZodType>;
}

/**
 * The options of a route on one task (`:taskId`) for callers with one of `roles` in their token: the role
 * check before the body is read, and the refusals every such route may give (401, 403, 404; 400 a
 * malformed id or body) besides its own. Which task the caller may touch is the handler's to decide.
 */
export function taskRoute<const S extends TaskRouteSchema>(roles: readonly [Role, ...Role[]], schema: S) {
  return {
    onRequest: requireRole(...roles),
    schema: {
      tags: ['tasks'],
      params: TaskIdParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
