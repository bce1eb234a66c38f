// A submitted version is the task's draft as it stood at submission, with the 002 13a–c interview facts the
// rules read then, kept in AssessmentVersion for good; the ratings and the agreement figures read the
// key-question judgements from it through the domain's rules.
import {
  interviewFactsSchema,
  keyQuestionJudgements,
  moderatedJudgements,
  type CaseContext,
  type InterviewFacts,
  type ModeratedJudgements,
} from '@yji/domain';
import type { DraftContent } from '@yji/contracts';
import { refuseWhenPurged } from '@yji/service-kit';
import { Prisma, type AssessmentVersion, type CaseTask } from '../generated/prisma/client.ts';
import {
  caseContextOf,
  draftContentOf,
  frameworkOf,
  interviewFactsOf,
  type CaseSurroundings,
} from '../tasks/stored-task.ts';

/** How a caller refuses once the case data is purged (an error class taking the problem). */
export type PurgeRefusal = Parameters<typeof refuseWhenPurged>[1];

/** Records the task's current draft and interview facts as the version submitted in `round`. */
export async function recordVersion(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  round: number,
  submittedBy: string,
): Promise<AssessmentVersion> {
  const draft = draftContentOf(task);
  const interview = await tx.caseManagerInterview.findUnique({ where: { taskId: task.id } });
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
      interviewFacts: interview ? interviewFactsOf(interview) : Prisma.DbNull,
      submittedBy,
    },
  });
}

/** A stored version read back as draft content (the same shapes the task's columns hold). */
export function versionContent(version: AssessmentVersion): DraftContent {
  return draftContentOf({ ...version, version: version.draftVersion });
}

/** The interview facts a version was submitted under, or undefined when it kept none. */
export const versionInterviewOf = (version: AssessmentVersion): InterviewFacts | undefined =>
  interviewFactsSchema.nullable().parse(version.interviewFacts) ?? undefined;

/**
 * The surroundings a version was assessed in: the inspection's as given, and the interview as the version
 * kept it. Decision: a version that kept none (submitted before versions kept them) takes the interview
 * recorded now.
 */
function versionSurroundings(version: AssessmentVersion, surroundings: CaseSurroundings): CaseSurroundings {
  const interview = versionInterviewOf(version) ?? surroundings.interview;
  return { ...surroundings, ...(interview ? { interview } : {}) };
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
  const { context, answers } = versionCase(task, version, surroundings);
  return keyQuestionJudgements(frameworkOf(task), context, answers);
}

/**
 * As judgementsOf, for the figures made from many cases (agreement, live ratings): a version whose answers
 * were removed under the retention policy has no judgements left, so the figures are refused with
 * inspection-purged (`refusal`: HttpError for a route, CommandRejected for a command) rather than made from
 * emptied answers, which the rules cannot read.
 */
export function keptJudgementsOf(
  task: CaseTask,
  version: AssessmentVersion,
  surroundings: CaseSurroundings,
  refusal: PurgeRefusal,
): Record<string, boolean | null> {
  refuseWhenPurged(version.purgedAt, refusal);
  return judgementsOf(task, version, surroundings);
}

/**
 * What QA moderates of the version (key questions, or a 2016 case's Views), under the surroundings it was
 * submitted in; null once its answers were removed under the retention policy.
 */
export function moderatedJudgementsOf(
  task: CaseTask,
  version: AssessmentVersion,
  surroundings: CaseSurroundings,
): ModeratedJudgements | null {
  if (version.purgedAt) return null;
  const { context, answers } = versionCase(task, version, surroundings);
  return moderatedJudgements(frameworkOf(task), context, answers);
}

/** The version's answers and the case as the rules saw it when it was submitted. */
function versionCase(task: CaseTask, version: AssessmentVersion, surroundings: CaseSurroundings) {
  const content = versionContent(version);
  const context: CaseContext = caseContextOf(task, content, versionSurroundings(version, surroundings));
  return { context, answers: content.answers };
}
