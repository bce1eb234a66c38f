// Keeps the lead's progress read model (CaseProgress) current from the fieldwork service's taskProgressed
// events: each is where a case task stands after its case assessment workflow changed it. An event is
// applied once (startIdempotentConsumer), and only over an older one: a redelivered or late announcement
// never takes a case back (changedAt, the fieldwork database's clock at the change). An announcement arriving
// after the inspection's retention purge is skipped, with an audit entry: the purge's state stays.
import { EVENT_STREAM, taskProgressed } from '@yji/contracts';
import {
  durableName,
  startIdempotentConsumer,
  type ConsumerFailure,
  type NatsConnection,
} from '@yji/messaging';
import { skippedAsPurged } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

export const caseProgressConsumerName = (databaseUrl: string) =>
  durableName('inspection-case-progress', databaseUrl);

export interface CaseProgressConsumerOptions {
  /** Durable consumer name; also the key of the processed message ids in this database. */
  durable: string;
  onError?: (error: Error, details: ConsumerFailure) => void;
}

export function startCaseProgressConsumer(
  db: InspectionDb,
  nc: NatsConnection,
  options: CaseProgressConsumerOptions,
) {
  return startIdempotentConsumer(db, nc, {
    stream: EVENT_STREAM,
    durable: options.durable,
    subjects: [taskProgressed.subject],
    payload: taskProgressed.payload,
    handle: async (task, tx) => {
      const late = { subject: taskProgressed.subject, entityType: 'case-task', entityId: task.taskId };
      if (await skippedAsPurged(tx, task.inspectionId, late)) return;
      await tx.$executeRawUnsafe(
        `INSERT INTO "CaseProgress"
           ("taskId", "inspectionId", "caseRef", state, "assigneeId", "dueAt", overdue, "changedAt")
         VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6::timestamptz, $7, $8::timestamptz)
         ON CONFLICT ("taskId") DO UPDATE SET
           state = EXCLUDED.state, "assigneeId" = EXCLUDED."assigneeId", "dueAt" = EXCLUDED."dueAt",
           overdue = EXCLUDED.overdue, "changedAt" = EXCLUDED."changedAt"
         WHERE "CaseProgress"."changedAt" < EXCLUDED."changedAt"`,
        task.taskId,
        task.inspectionId,
        task.caseRef,
        task.state,
        task.assigneeId,
        task.dueAt,
        task.overdue,
        task.at,
      );
    },
    onError: options.onError,
  });
}
