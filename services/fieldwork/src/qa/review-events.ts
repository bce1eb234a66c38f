// The facts a moderated assessment leaves for the ratings, written to the outbox in the transaction that
// approves or reopens it: the approved version's key-question judgements (approved on review, or on
// submission for a case outside the QA sample), and that an approval no longer stands.
import type { z } from 'zod';
import { assessmentApproved, assessmentReopened } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { sideOf, type DisposalType } from '@yji/domain';
import type { AssessmentVersion, CaseTask, Prisma } from '../generated/prisma/client.ts';
import { caseSurroundingsOf, disposalTypeOf } from '../tasks/stored-task.ts';
import { judgementsOf } from './assessment-snapshot.ts';

export async function publishApproval(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  version: AssessmentVersion,
  approvedBy: string | null,
  at: Date,
): Promise<void> {
  await appendToOutbox(tx, assessmentApproved.subject, {
    inspectionId: task.inspectionId,
    taskId: task.id,
    caseRef: task.caseRef,
    frameworkId: task.frameworkId,
    caseType: sideOf(disposalTypeOf(task) as DisposalType),
    version: version.draftVersion,
    judgements: judgementsOf(task, version, await caseSurroundingsOf(tx, task)),
    reviewed: approvedBy !== null,
    approvedBy,
    approvedAt: at.toISOString(),
  } satisfies z.input<typeof assessmentApproved.payload>);
}

export async function publishReopening(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  version: AssessmentVersion,
  reopenedBy: string,
  at: Date,
): Promise<void> {
  await appendToOutbox(tx, assessmentReopened.subject, {
    inspectionId: task.inspectionId,
    taskId: task.id,
    caseRef: task.caseRef,
    version: version.draftVersion,
    reopenedBy,
    reopenedAt: at.toISOString(),
  } satisfies z.input<typeof assessmentReopened.payload>);
}
