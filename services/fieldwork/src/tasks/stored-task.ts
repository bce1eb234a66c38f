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
import { caseContextSchema, requireFramework, type CaseContext, type Framework } from '@yji/domain';
import type { CaseTask } from '../generated/prisma/client.ts';

/** The columns a draft is kept in (a submitted version keeps the same ones). */
export type DraftColumns = Pick<
  CaseTask,
  'version' | 'answers' | 'rationale' | 'inspectorClassification' | 'relevantFactors' | 'careExperience'
>;

export function draftContentOf(task: DraftColumns): DraftContent {
  return {
    version: task.version,
    answers: Answers.parse(task.answers),
    rationale: RationaleNotes.parse(task.rationale),
    inspectorClassification: InspectorClassification.parse(task.inspectorClassification),
    relevantFactors: RelevantFactors.nullable().parse(task.relevantFactors),
    careExperience: CareExperience.nullable().parse(task.careExperience),
  };
}

export const factsOf = (task: CaseTask): CaseFacts => CaseFacts.parse(task.facts);

/** The task's framework version; createTask refuses a task whose framework is unknown. */
export const frameworkOf = (task: CaseTask): Framework => requireFramework(task.frameworkId);

/** What the assessment rules need to know about the case besides the answers (domain CaseContext). */
export function caseContextOf(task: CaseTask, draft: DraftContent = draftContentOf(task)): CaseContext {
  return caseContextSchema.parse({
    disposalType: factsOf(task).disposalType,
    inspectorClassification: draft.inspectorClassification,
    ...(draft.relevantFactors ? { relevantFactors: draft.relevantFactors } : {}),
    ...(draft.careExperience ? { careExperience: draft.careExperience } : {}),
  });
}
