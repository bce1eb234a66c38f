// The one way a workflow's refusal becomes an HTTP answer, in every service: a workflow that does not
// exist answers as the service says (RefusalWording); a refused Update answers with the innermost failure's code where it is one
// of the catalogue's (a validator's refusal('not-found', …), a command the service refused, whose activity
// carries the service's code and its problem's details), else as not-allowed-now (409), always with the
// workflow's or service's own words and details (they name states, rules and fields, never a value a person
// sent).
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { problem, receivedProblem, type Problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

/**
 * The code a failure carries, and the problem's details with it: a command's (CommandRejected, both in its
 * details), or its own type (a validator's refusal, which has none).
 */
function refusalOf(failure: Error): { code: string; details?: unknown } {
  if (!(failure instanceof ApplicationFailure)) return { code: 'not-allowed-now' };
  if (failure.type === 'CommandRejected') {
    const { code, details } = (failure.details?.[0] ?? {}) as { code?: unknown; details?: unknown };
    if (typeof code === 'string') return { code, details };
  }
  return { code: failure.type ?? 'not-allowed-now' };
}

/** How a service words what the catalogue code of a refusal does not say. */
export interface RefusalWording {
  /** The answer when the workflow does not exist (or has finished). */
  missing: Problem;
  /** The code for a refusal in the workflow's own words (a validator's plain Error): default not-allowed-now. */
  refused?: 'not-allowed-now' | 'submit-rejected';
}

/**
 * The problem to answer with when `error` is a workflow's refusal, or undefined when it is something else
 * (which then fails the request as internal).
 */
export function workflowRefusal(
  error: unknown,
  { missing, refused = 'not-allowed-now' }: RefusalWording,
): Problem | undefined {
  if (error instanceof WorkflowNotFoundError) return missing;
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  let cause: Error = error;
  while (cause.cause instanceof Error) cause = cause.cause;
  const received = receivedProblem({ ...refusalOf(cause), message: cause.message });
  return received.code === 'not-allowed-now' ? problem(refused, { reason: cause.message }) : received;
}

/** `error` as the HTTP answer when it is a workflow's refusal; anything else is not ours to word. */
export function refusalAsHttp(error: unknown, wording: RefusalWording): Error {
  if (error instanceof HttpError) return error;
  const refusal = workflowRefusal(error, wording);
  return refusal ? new HttpError(refusal) : (error as Error);
}
