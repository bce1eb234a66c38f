// A draft may be incomplete, but what it saves must fit the framework: every answered code a question of
// the task's framework version, every value within its question's scale (a per-factor grid may still leave
// rows to answer). The domain checks only the saved codes (draftAnswerIssues).
import type { DraftContent } from '@yji/contracts';
import { draftAnswerIssues } from '@yji/domain';
import type { CaseTask } from '../generated/prisma/client.ts';
import { caseContextOf, frameworkOf, type CaseSurroundings } from './stored-task.ts';

export function draftAnswerProblems(
  task: CaseTask,
  draft: DraftContent,
  savedCodes: readonly string[],
  surroundings: CaseSurroundings,
) {
  return draftAnswerIssues(
    frameworkOf(task),
    caseContextOf(task, draft, surroundings),
    draft.answers,
    savedCodes,
  ).map(({ code, message }) => ({ code, message }));
}
