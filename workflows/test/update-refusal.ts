// What a refused Update says, for tests that expect one: its innermost failure (a validator's refusal, or the
// service's through the failed activity), which is what the services' workflowRefusal reads.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import { expect } from 'vitest';

function innermostFailure(error: unknown): Error {
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  let cause = error as Error;
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause;
}

/** The refusal's reason, or 'accepted'. */
export const reasonOf = (update: Promise<unknown>) =>
  update.then(
    () => 'accepted',
    (error: unknown) => innermostFailure(error).message,
  );

/** The refusal's code (the innermost failure's type) and reason, or 'accepted'. */
export const refusalOf = (update: Promise<unknown>) =>
  update.then(
    () => 'accepted' as const,
    (error: unknown) => {
      const cause = innermostFailure(error);
      return { code: (cause as ApplicationFailure).type, reason: cause.message };
    },
  );
