// A draft may be incomplete, but what it saves must fit the framework: every answered code a question of
// the task's framework version, every value within its question's scale (a per-factor grid may still leave
// rows to answer).
import type { DraftContent } from '@yji/contracts';
import { validateAssessment, type AssessmentIssue } from '@yji/domain';
import type { CaseTask } from '../generated/prisma/client.ts';
import { caseContextOf, frameworkOf, type CaseSurroundings } from './stored-task.ts';

const DRAFT_RULES = new Set<AssessmentIssue['rule']>(['outside-scale', 'unknown-question']);

export function draftAnswerProblems(
  task: CaseTask,
  draft: DraftContent,
  savedCodes: readonly string[],
  surroundings: CaseSurroundings,
) {
  const saved = new Set(savedCodes);
  const { errors } = validateAssessment(
    frameworkOf(task),
    caseContextOf(task, draft, surroundings),
    draft.answers,
  );
  return errors
    .filter((issue) => DRAFT_RULES.has(issue.rule) && saved.has(issue.code))
    .map(({ code, message }) => ({ code, message }));
}
