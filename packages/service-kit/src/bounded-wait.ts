// A request that waits on a workflow waits a bounded time only (issue 13): a worker may be down or a busy
// machine slow, and an HTTP request must not hang on either. Past the bound the work carries on and the
// answer is 202 decision-in-progress, with where to look for what became of it.
import { WorkflowUpdateStage, type UpdateDefinition, type WorkflowHandle } from '@temporalio/client';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

/** How long a client told to look later waits before it does. */
const RETRY_AFTER_SECONDS = 5;
export const TIMED_OUT = Symbol('timed out');

/** `promise`'s value, or TIMED_OUT after `ms` (the promise carries on; its outcome is then not awaited). */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, ms, TIMED_OUT)));
  promise.catch(() => {}); // settled after the deadline: nobody awaits it any more
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A decision's 202, in words. */
export const STILL_IN_PROGRESS = 'the decision is still being carried out; its Location says when it is done';

/** 202: the decision goes on; `location` says when it is done. */
export const stillInProgressAt = (location: string, reason: string) =>
  new HttpError(problem('decision-in-progress', { reason, location }), {
    Location: location,
    'Retry-After': String(RETRY_AFTER_SECONDS),
  });

/**
 * Update `update` of the workflow `handle`, waited for `waitMs` at most: its result, or TIMED_OUT (it goes on:
 * once sent, an Update cannot be called back). A refusal rejects. `updateId` makes a repeat the same Update.
 * `whileSending` is given the sending, which settles once the workflow has taken the Update (or refused it).
 */
export function updateWithin<Ret, Args extends [unknown, ...unknown[]]>(
  handle: WorkflowHandle,
  update: UpdateDefinition<Ret, Args>,
  {
    args,
    updateId,
    waitMs,
    whileSending,
  }: { args: Args; updateId?: string; waitMs: number; whileSending?: (sending: Promise<unknown>) => void },
): Promise<Ret | typeof TIMED_OUT> {
  const carriedOut = async () => {
    const sending = handle.startUpdate(update, {
      args,
      waitForStage: WorkflowUpdateStage.ACCEPTED,
      ...(updateId ? { updateId } : {}),
    });
    whileSending?.(sending);
    return (await sending).result();
  };
  return within(carriedOut(), waitMs);
}
