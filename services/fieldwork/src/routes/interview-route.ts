// What the two interview routes (the youth standards' interview note, 002's case manager interview) share: the
// assessor's route on their own task, a body of notes up to 64 KiB, and the task they record on, open.
import { ASSESSOR_ROLES } from '@yji/contracts';
import { HttpError, refuseIfPurged, type Principal } from '@yji/service-kit';
import { ownTask, taskRoute } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { refuseIfLocked } from './task-guards.ts';

const INTERVIEW_BODY_LIMIT_BYTES = 64 * 1024;

/** The route's options: `schema` says its summary, body and answers. */
export const interviewRoute = <const S extends Parameters<typeof taskRoute>[1]>(schema: S) => ({
  ...taskRoute(ASSESSOR_ROLES, schema),
  bodyLimit: INTERVIEW_BODY_LIMIT_BYTES,
});

/** The assessor's own task, while it is open (404, 403, or 409 task-locked once submitted or withdrawn). */
export async function openOwnTask(db: FieldworkDb, principal: Principal, taskId: string) {
  const task = await ownTask(db, principal, taskId);
  refuseIfLocked(task);
  return task;
}

/**
 * In the transaction that records an interview, before it writes: the inspection not purged, under the
 * retention lock (a purge since `openOwnTask` read the task comes first, and the interview is refused 409
 * inspection-purged); then the task's row locked as the submission's lock takes it
 * (commands/task-for-command.ts onLockedTask), and the task still open. A submission locked since
 * `openOwnTask` read the task comes first, and the interview is refused (409 task-locked), so a task never
 * has its interview changed once it is submitted; one locked after it records the interview as changed.
 */
export async function stillOpenUnderLock(
  tx: Prisma.TransactionClient,
  task: { id: string; inspectionId: string },
): Promise<void> {
  await refuseIfPurged(tx, task.inspectionId, HttpError);
  const [row] = await tx.$queryRawUnsafe<{ state: string }[]>(
    'SELECT state FROM "CaseTask" WHERE id = $1::uuid FOR UPDATE',
    task.id,
  );
  if (row) refuseIfLocked(row);
}
