// Keeps the lead's progress read model (CaseProgress) current from the fieldwork service's taskProgressed
// events: each is where a case task stands after its case assessment workflow changed it. An event is
// applied once (startIdempotentConsumer, in one statement with its processed-message row), and only over an
// older one: a redelivered or late announcement never takes a case back (changedAt, the fieldwork
// database's clock at the change). An announcement arriving after the inspection's retention purge is
// skipped, with an audit entry: the purge's state stays.
import type { z } from 'zod';
import { taskProgressed } from '@yji/contracts';
import { auditInsertSql, RETENTION_ACTOR } from '@yji/db';
import {
  durableName,
  startEventConsumer,
  type EffectStatement,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import type { ServiceConsumer } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

/** The audit entry a snapshot leaves instead, for an inspection whose case data is purged. */
const PURGED_SKIP_AUDIT = auditInsertSql({
  firstParam: 11,
  from: 'processed, purge',
  where: 'true',
  inspectionIdSql: 'purge."inspectionId"',
});

/**
 * The snapshot over an older one, or, for an inspection whose case data is purged, an audit entry
 * instead (as service-kit's skippedAsPurged records it): one statement with the processed-message row
 * (issue 12: four snapshots a case, each a transaction of five statements before).
 */
export function progressStatement(task: z.output<typeof taskProgressed.payload>): EffectStatement {
  const skipped = PURGED_SKIP_AUDIT.paramsOf({
    actor: RETENTION_ACTOR,
    action: 'retention.event-skipped',
    entityType: 'case-task',
    entityId: task.taskId,
    details: { subject: taskProgressed.subject },
  });
  return {
    ctes: [
      'purge AS (SELECT "inspectionId" FROM "RetentionPurge" WHERE "inspectionId" = $4::uuid)',
      `skipped AS (${PURGED_SKIP_AUDIT.sql})`,
    ],
    sql: `INSERT INTO "CaseProgress"
            ("taskId", "inspectionId", "caseRef", state, "assigneeId", "dueAt", overdue, "changedAt")
          SELECT $3::uuid, $4::uuid, $5::text, $6::text, $7::text, $8::timestamptz, $9::boolean, $10::timestamptz
           WHERE EXISTS (SELECT 1 FROM processed) AND NOT EXISTS (SELECT 1 FROM purge)
          ON CONFLICT ("taskId") DO UPDATE SET
            state = EXCLUDED.state, "assigneeId" = EXCLUDED."assigneeId", "dueAt" = EXCLUDED."dueAt",
            overdue = EXCLUDED.overdue, "changedAt" = EXCLUDED."changedAt"
          WHERE "CaseProgress"."changedAt" < EXCLUDED."changedAt"`,
    params: [
      task.taskId,
      task.inspectionId,
      task.caseRef,
      task.state,
      task.assigneeId,
      task.dueAt,
      task.overdue,
      task.at,
      ...skipped,
    ],
  };
}

function startCaseProgressConsumer(db: InspectionDb, nc: NatsConnection, options: EventConsumerOptions) {
  return startEventConsumer(db, nc, taskProgressed, options, { statement: progressStatement });
}

export const caseProgressConsumer: ServiceConsumer<InspectionDb> = {
  what: 'case progress event',
  durable: (databaseUrl) => durableName('inspection-case-progress', databaseUrl),
  start: startCaseProgressConsumer,
};
