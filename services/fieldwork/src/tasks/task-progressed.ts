// The case assessment workflow changed a task (created, assigned, started, submitted, withdrawn, overdue):
// the task as it now stands goes out as a taskProgressed event in the same transaction, for the inspection
// service's progress read model (issue 12: the lead's progress without a Temporal Query per read). A
// snapshot rather than the change, so a consumer that hears two changes out of order keeps the later (`at`,
// the database's clock in microseconds). Overdue is as the workflow shows it: an overdue notice recorded for
// the task's current due date (a new due date clears it).
import type { z } from 'zod';
import { taskProgressed } from '@yji/contracts';
import { appendToOutbox, type RawSql } from '@yji/db';

type Snapshot = z.input<typeof taskProgressed.payload>;

/** Call in the transaction that changed task `taskId`, after the change. */
export async function announceTaskProgress(tx: RawSql, taskId: string): Promise<void> {
  const [row] = await tx.$queryRawUnsafe<(Omit<Snapshot, 'dueAt'> & { dueAt: Date | null })[]>(
    `SELECT t.id AS "taskId", t."inspectionId", t."caseRef", t.state, t."assigneeId", t."dueAt",
            EXISTS (SELECT 1 FROM "DeadlineNotice" n
                     WHERE n."taskId" = t.id AND n.kind = 'overdue' AND n."dueAt" = t."dueAt") AS overdue,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
       FROM "CaseTask" t WHERE t.id = $1::uuid`,
    taskId,
  );
  if (!row) return;
  await appendToOutbox(tx, taskProgressed.subject, {
    ...row,
    dueAt: row.dueAt?.toISOString() ?? null,
  } satisfies Snapshot);
}
