// The assessment rules on a task's draft as stored, with its surroundings: the submit route runs them before
// the submission is taken, and the lock (first submission or resubmission) runs them again under the task's
// row lock, because an interview recorded in between changes which questions apply without a new version.
import { problem, type Problem } from '@yji/contracts';
import { validateAssessment, type AssessmentIssue } from '@yji/domain';
import type { CaseTask, Prisma } from '../generated/prisma/client.ts';
import {
  caseContextOf,
  caseSurroundingsOf,
  draftContentOf,
  frameworkOf,
  type CaseSurroundings,
} from './stored-task.ts';

/** What an answer lists of a rule's issue: its code and message. */
export const findingsOf = (issues: readonly AssessmentIssue[]) =>
  issues.map(({ code, message }) => ({ code, message }));

/** The rules' errors and warnings on the task's stored draft, in `surroundings`. */
export function assessStoredDraft(task: CaseTask, surroundings: CaseSurroundings) {
  const draft = draftContentOf(task);
  return validateAssessment(
    frameworkOf(task),
    caseContextOf(task, draft, surroundings),
    draft.answers,
    draft.rationale,
  );
}

/** Throws `refusal` (HttpError for a route, CommandRejected for a command): assessment-invalid, every error. */
export function refuseIfInvalid(
  errors: readonly AssessmentIssue[],
  refusal: new (refused: Problem) => Error,
): void {
  if (errors.length) throw new refusal(problem('assessment-invalid', { findings: findingsOf(errors) }));
}

/**
 * In the transaction that locks a submission, once the task's row is locked: the rules on the surroundings
 * read now. An interview recorded since the route's check has committed (and counts), or waits and then
 * finds the task submitted (409 task-locked).
 */
export async function refuseIfInvalidUnderLock(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  refusal: new (refused: Problem) => Error,
): Promise<void> {
  refuseIfInvalid(assessStoredDraft(task, await caseSurroundingsOf(tx, task)).errors, refusal);
}
