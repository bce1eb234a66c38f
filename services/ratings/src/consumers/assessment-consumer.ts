// Keeps CaseJudgement, the key-question judgements of QA-approved assessments, from fieldwork's assessment
// events. A redelivered event takes effect once (startIdempotentConsumer); versions keep an older approval,
// delivered late, from replacing a newer one, and a reopening withdraws only the approvals up to the one it
// names, whichever of the two arrives first (CaseReopening keeps it until its approval comes). Judgements
// for key questions the case's framework does not rate are refused (audited), never stored.
import { z } from 'zod';
import { ASSESSMENT_EVENTS, assessmentApproved, assessmentReopened } from '@yji/contracts';
import type { RawSql } from '@yji/db';
import { caseJudgementProblems } from '@yji/domain';
import {
  durableName,
  startEventConsumer,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import { systemActor, type ServiceConsumer } from '@yji/service-kit';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';

/** The assessment events' consumer acts for the system: the person is audited where they approved. */
const EVENTS_ACTOR = systemActor('fieldwork-events');

const AssessmentEvent = z.union([assessmentApproved.payload, assessmentReopened.payload]);
type Approved = z.output<typeof assessmentApproved.payload>;
type Reopened = z.output<typeof assessmentReopened.payload>;

/** Audits the case's judgements recorded or withdrawn, when the event changed them (a late one does not). */
async function auditWhenChanged(
  tx: RawSql,
  changed: number,
  event: Approved | Reopened,
  action: 'judgements.recorded' | 'judgements.withdrawn',
) {
  if (changed === 1)
    await auditPanel(tx, EVENTS_ACTOR, event.inspectionId, action, {
      taskId: event.taskId,
      caseRef: event.caseRef,
      version: event.version,
    });
}

async function recordApproval(tx: RawSql, event: Approved): Promise<void> {
  // Judgements the case's framework does not rate would break every computation: refused, and said where.
  const problems = caseJudgementProblems(event.frameworkId, event.caseType, event.judgements);
  if (problems.length) {
    await auditPanel(tx, EVENTS_ACTOR, event.inspectionId, 'judgements.refused', {
      taskId: event.taskId,
      version: event.version,
      problems,
    });
    return;
  }
  const changed = await tx.$executeRawUnsafe(
    `INSERT INTO "CaseJudgement" ("taskId", "inspectionId", "caseRef", "frameworkId", "caseType", version,
        judgements, reviewed, "approvedBy", "approvedAt")
     VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::timestamptz)
     ON CONFLICT ("taskId") DO UPDATE SET version = EXCLUDED.version, judgements = EXCLUDED.judgements,
        reviewed = EXCLUDED.reviewed, "approvedBy" = EXCLUDED."approvedBy",
        "approvedAt" = EXCLUDED."approvedAt", "reopenedAt" = NULL
     WHERE "CaseJudgement".version < EXCLUDED.version`,
    event.taskId,
    event.inspectionId,
    event.caseRef,
    event.frameworkId,
    event.caseType,
    event.version,
    JSON.stringify(event.judgements),
    event.reviewed,
    event.approvedBy,
    event.approvedAt,
  );
  await auditWhenChanged(tx, changed, event, 'judgements.recorded');
  // A reopening of this version heard before it (delivered first): the judgements are stored withdrawn.
  await auditWhenChanged(tx, await withdrawReopened(tx, event.taskId), event, 'judgements.withdrawn');
}

/** Withdraws the task's judgements where a reopening heard of covers their version. */
const withdrawReopened = (tx: RawSql, taskId: string) =>
  tx.$executeRawUnsafe(
    `UPDATE "CaseJudgement" j SET "reopenedAt" = r."reopenedAt"
       FROM "CaseReopening" r
      WHERE j."taskId" = $1::uuid AND r."taskId" = j."taskId" AND j.version <= r.version
        AND j."reopenedAt" IS NULL`,
    taskId,
  );

async function recordReopening(tx: RawSql, event: Reopened): Promise<void> {
  // Kept whether or not the approval it withdraws has come: it may arrive after this.
  await tx.$executeRawUnsafe(
    `INSERT INTO "CaseReopening" ("taskId", version, "reopenedAt") VALUES ($1::uuid, $2, $3::timestamptz)
     ON CONFLICT ("taskId") DO UPDATE SET version = EXCLUDED.version, "reopenedAt" = EXCLUDED."reopenedAt"
      WHERE "CaseReopening".version < EXCLUDED.version`,
    event.taskId,
    event.version,
    event.reopenedAt,
  );
  const changed = await withdrawReopened(tx, event.taskId);
  await auditWhenChanged(tx, changed, event, 'judgements.withdrawn');
}

export const assessmentConsumerName = (databaseUrl: string) =>
  durableName('ratings-assessments', databaseUrl);

function startAssessmentConsumer(db: RatingsDb, nc: NatsConnection, options: EventConsumerOptions) {
  const events = { subject: ASSESSMENT_EVENTS, payload: AssessmentEvent };
  return startEventConsumer(db, nc, events, options, async (_payload, tx, message) => {
    // The subject says which event it is; its own schema, stricter than the union, reads it.
    if (message.subject === assessmentApproved.subject)
      await recordApproval(tx, assessmentApproved.payload.parse(message.json()));
    else if (message.subject === assessmentReopened.subject)
      await recordReopening(tx, assessmentReopened.payload.parse(message.json()));
  });
}

export const assessmentConsumer: ServiceConsumer<RatingsDb> = {
  what: 'assessment event',
  durable: assessmentConsumerName,
  start: startAssessmentConsumer,
};
