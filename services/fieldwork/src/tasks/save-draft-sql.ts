// A draft save in one statement: the conditional UPDATE (the version it was based on, still the caller's,
// still editable) and its audit entry, which is appended only when the UPDATE took. Through Prisma's
// interactive transaction it was four round trips holding a connection between them; under overload the
// transaction could not start within Prisma's wait and the save answered 500 (issue 12). A prepared
// statement sent past Prisma (@yji/db direct-sql.ts).
import type { AuditActor, AuditDetails } from '@yji/db';
import { auditInsertSql, preparedStatement } from '@yji/db';
import type { FieldworkDb } from '../db.ts';
import type { DraftContent } from '@yji/contracts';
import { EDITABLE_STATES } from '../task-state.ts';

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

const SAVE_AUDIT = auditInsertSql({ firstParam: 11, from: 'saved', inspectionIdSql: 'saved."inspectionId"' });

const STORE_DRAFT = preparedStatement(
  'fieldwork.store-draft',
  `WITH saved AS (
     UPDATE "CaseTask" SET answers = $5::jsonb, rationale = $6::jsonb, "inspectorClassification" = $7::jsonb,
            "relevantFactors" = $8::jsonb, "careExperience" = $9::jsonb, version = $10,
            "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE id = $1::uuid AND version = $2 AND "assigneeId" = $3 AND state = ANY($4::text[])
      RETURNING "inspectionId"),
   audited AS (${SAVE_AUDIT.sql})
   SELECT count(*)::int AS saved FROM saved`,
);

/** Whether the draft was stored: false when the task moved on since it was read (another version, state or assessor). */
export async function storeDraft(
  db: FieldworkDb,
  task: { id: string; basedOn: number; assigneeId: string },
  draft: Omit<DraftContent, 'version'>,
  audit: { actor: AuditActor; details: AuditDetails },
): Promise<boolean> {
  const version = task.basedOn + 1;
  const [row] = await db.sql.rows<{ saved: number }>(STORE_DRAFT, [
    task.id,
    task.basedOn,
    task.assigneeId,
    [...EDITABLE_STATES],
    json(draft.answers),
    json(draft.rationale),
    json(draft.inspectorClassification),
    json(draft.relevantFactors),
    json(draft.careExperience),
    version,
    ...SAVE_AUDIT.paramsOf({
      actor: audit.actor,
      action: 'task.draft-saved',
      entityType: 'case-task',
      entityId: task.id,
      details: { version, ...audit.details },
    }),
  ]);
  return row?.saved === 1;
}
