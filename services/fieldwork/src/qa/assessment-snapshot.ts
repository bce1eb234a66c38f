// A submitted version is the task's draft as it stood at submission, kept in AssessmentVersion for good; the
// ratings and the agreement figures read the key-question judgements from it through the domain's rules.
import { keyQuestionJudgements } from '@yji/domain';
import type { DraftContent } from '@yji/contracts';
import { Prisma, type AssessmentVersion, type CaseTask } from '../generated/prisma/client.ts';
import { caseContextOf, draftContentOf, frameworkOf, type CaseSurroundings } from '../tasks/stored-task.ts';

/** Records the task's current draft as the version submitted in `round`. */
export function recordVersion(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  round: number,
  submittedBy: string,
): Promise<AssessmentVersion> {
  const draft = draftContentOf(task);
  return tx.assessmentVersion.create({
    data: {
      taskId: task.id,
      round,
      draftVersion: task.version,
      answers: draft.answers,
      rationale: draft.rationale,
      inspectorClassification: draft.inspectorClassification,
      relevantFactors: draft.relevantFactors ?? Prisma.DbNull,
      careExperience: draft.careExperience ?? Prisma.DbNull,
      submittedBy,
    },
  });
}

/** A stored version read back as draft content (the same shapes the task's columns hold). */
export function versionContent(version: AssessmentVersion): DraftContent {
  return draftContentOf({ ...version, version: version.draftVersion });
}

/**
 * Per key question id: the summary judgement of that version (true yes, false no, null does not apply),
 * under the same surroundings (the inspection's country and programme, the interview) the case was assessed in.
 */
export function judgementsOf(
  task: CaseTask,
  version: AssessmentVersion,
  surroundings: CaseSurroundings,
): Record<string, boolean | null> {
  const content = versionContent(version);
  return keyQuestionJudgements(
    frameworkOf(task),
    caseContextOf(task, content, surroundings),
    content.answers,
  );
}
