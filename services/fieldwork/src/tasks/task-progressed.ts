// The case assessment workflow changed a task (created, assigned, started, submitted, withdrawn, overdue):
// the task as it now stands goes out as a taskProgressed event in the same transaction, for the inspection
// service's progress read model (issue 12: the lead's progress without a Temporal Query per read). A
// snapshot rather than the change, so a consumer that hears two changes out of order keeps the later (`at`,
// the database's clock in microseconds). Overdue is as the workflow shows it: an overdue notice recorded for
// the task's current due date (a new due date clears it).
import { taskProgressed } from '@yji/contracts';
import { appendSelectedToOutbox, type RawSql } from '@yji/db';

/**
 * Call in the transaction that changed task `taskId`, after the change. The snapshot is read and its outbox
 * row added in one statement. Its fields are taskProgressed's; `dueAt` as JavaScript's toISOString writes it
 * (the column holds UTC, to the millisecond), `at` to the microsecond.
 */
export async function announceTaskProgress(tx: RawSql, taskId: string): Promise<void> {
  await appendSelectedToOutbox(
    tx,
    taskProgressed.subject,
    `SELECT jsonb_build_object(
              'taskId', t.id, 'inspectionId', t."inspectionId", 'caseRef', t."caseRef", 'state', t.state,
              'assigneeId', t."assigneeId",
              'dueAt', to_char(t."dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'overdue', EXISTS (SELECT 1 FROM "DeadlineNotice" n
                                  WHERE n."taskId" = t.id AND n.kind = 'overdue' AND n."dueAt" = t."dueAt"),
              'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) AS payload
       FROM "CaseTask" t WHERE t.id = $3::uuid`,
    taskId,
  );
}
