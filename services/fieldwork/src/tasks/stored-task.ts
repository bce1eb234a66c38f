// A stored task's JSON columns, parsed back into the shapes they were written in. Parsing on the way out
// means a row that does not match (a bad manual edit, a missed migration) fails loudly, not half-read.
import {
  Answers,
  CareExperience,
  CaseFacts,
  InspectorClassification,
  RationaleNotes,
  RelevantFactors,
  type DraftContent,
} from '@yji/contracts';
import {
  caseContextSchema,
  interviewFactsSchema,
  requireFramework,
  type CaseContext,
  type Framework,
  type InterviewFacts,
} from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import type { CaseManagerInterview, CaseTask, Prisma } from '../generated/prisma/client.ts';
import { inspectionOfCase, type CaseInspection } from '../inspection/inspection-settings.ts';

/** The columns a draft is kept in (a submitted version keeps the same ones). */
export type DraftColumns = Pick<
  CaseTask,
  'version' | 'answers' | 'rationale' | 'inspectorClassification' | 'relevantFactors' | 'careExperience'
>;

// Made once: a zod schema is costly to build, and a task is read on every request for it.
const StoredRelevantFactors = RelevantFactors.nullable();
const StoredCareExperience = CareExperience.nullable();

export function draftContentOf(task: DraftColumns): DraftContent {
  return {
    version: task.version,
    answers: Answers.parse(task.answers),
    rationale: RationaleNotes.parse(task.rationale),
    inspectorClassification: InspectorClassification.parse(task.inspectorClassification),
    relevantFactors: StoredRelevantFactors.parse(task.relevantFactors),
    careExperience: StoredCareExperience.parse(task.careExperience),
  };
}

export const factsOf = (task: CaseTask): CaseFacts => CaseFacts.parse(task.facts);

/** The case's disposal type (its stratum), which the purge keeps: the rules and the open data need it. */
export const disposalTypeOf = (task: Pick<CaseTask, 'facts'>): string =>
  CaseFacts.shape.disposalType.parse((task.facts as { disposalType?: unknown }).disposalType);

/** The task's framework version; createTask refuses a task whose framework is unknown. */
export const frameworkOf = (task: CaseTask): Framework => requireFramework(task.frameworkId);

/** What a case's rules know from outside its own columns: its inspection, and the 002 13a–c interview. */
export interface CaseSurroundings {
  inspection?: CaseInspection;
  interview?: InterviewFacts;
}

/** The interview as the rules take it (002 13a–c facts; the date and notes are evidence, not rules). */
export const interviewFactsOf = (interview: CaseManagerInterview): InterviewFacts =>
  interviewFactsSchema.parse({
    tookPlace: interview.tookPlace,
    ...(interview.role === null ? {} : { role: interview.role }),
    ...(interview.caseManagerSeenBefore === null
      ? {}
      : { caseManagerSeenBefore: interview.caseManagerSeenBefore }),
    ...(interview.language === null ? {} : { language: interview.language }),
  });

/** The surroundings from their rows: the inspection's settings and the interview, if one is recorded. */
export const surroundingsFrom = (
  inspection: CaseInspection,
  interview: CaseManagerInterview | null,
): CaseSurroundings => ({ inspection, ...(interview ? { interview: interviewFactsOf(interview) } : {}) });

/** The task's surroundings, read for the rules: its inspection's settings and its structured interview. */
export async function caseSurroundingsOf(
  db: FieldworkDb | Prisma.TransactionClient,
  task: CaseTask,
): Promise<CaseSurroundings> {
  const [inspection, interview] = await Promise.all([
    inspectionOfCase(db, task.inspectionId),
    db.caseManagerInterview.findUnique({ where: { taskId: task.id } }),
  ]);
  return surroundingsFrom(inspection, interview);
}

/** What the assessment rules need to know about the case besides the answers (domain CaseContext). */
export function caseContextOf(
  task: CaseTask,
  draft: DraftContent = draftContentOf(task),
  surroundings: CaseSurroundings = {},
): CaseContext {
  return caseContextSchema.parse({
    disposalType: disposalTypeOf(task),
    inspectorClassification: draft.inspectorClassification,
    ...(draft.relevantFactors ? { relevantFactors: draft.relevantFactors } : {}),
    ...(draft.careExperience ? { careExperience: draft.careExperience } : {}),
    ...surroundings,
  });
}
