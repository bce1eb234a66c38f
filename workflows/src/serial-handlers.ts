// Handlers that call activities interleave at every await. Running every state-changing handler, signal
// or update, one at a time through one queue, and checking the state again when each one's turn comes,
// keeps two decisions from acting on the same state (Temporal's safe-message-handlers pattern): a
// withdrawal cannot land in the middle of an assignment and be undone by it.
// An update's validator also runs on arrival, so an update the state does not allow is rejected before it
// enters the history, and its caller hears any later refusal; a decision's caller may stop waiting, so a
// decision's refusal is recorded instead (`onDecision`). A signal has no caller to answer: a refusal
// (the state on its turn, or a command the service refused) is handed to `onRefused` to be recorded, and
// does not fail the workflow, as an activity's failure escaping a signal handler otherwise would.
import { ApplicationFailure, setHandler, TemporalFailure } from '@temporalio/workflow';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';

/** The innermost cause's message: the service's or the validator's words, not the wrappers' around them. */
export function reasonOf(error: Error): string {
  let cause = error;
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause.message;
}

/**
 * A refusal with a code of the problem catalogue (contracts problems.ts), such as 'not-found', for the
 * service to answer with; a refusal thrown as a plain Error answers 'not-allowed-now'.
 */
export const refusal = (code: string, reason: string) => ApplicationFailure.nonRetryable(reason, code);

export function serialHandlers() {
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step);
    tail = run.catch(() => undefined);
    return run;
  };

  /** An Update's handler: `validate` on its turn, then `handle`. */
  const inTurn =
    <Ret, Args extends unknown[]>(
      validate: (...args: Args) => void,
      handle: (...args: Args) => Promise<Ret>,
    ) =>
    (...args: Args): Promise<Ret> =>
      enqueue(async () => {
        try {
          validate(...args);
        } catch (error) {
          // A plain Error would fail the workflow task; an ApplicationFailure fails only this update.
          if (error instanceof ApplicationFailure) throw error;
          throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidState');
        }
        return handle(...args);
      });

  /** An Update: `validate` on arrival and on its turn; `handle` then. */
  function onUpdate<Ret, Args extends unknown[]>(
    definition: UpdateDefinition<Ret, Args>,
    validate: (...args: NoInfer<Args>) => void,
    handle: (...args: NoInfer<Args>) => Promise<NoInfer<Ret>>,
  ): void {
    setHandler(definition, inTurn(validate, handle), { validator: validate });
  }

  /**
   * An Update whose caller may stop waiting before it is carried out (a lead's decision answers 202 with a
   * Location that reads its outcome later): `validate` on its turn only, then `handle`. Temporal keeps no
   * trace of an Update a validator rejects on arrival, so such a refusal after the caller stopped waiting
   * could never be read; this one is accepted, judged on the state its turn sees, and its refusal recorded
   * with the reason.
   */
  function onDecision<Ret, Args extends unknown[]>(
    definition: UpdateDefinition<Ret, Args>,
    validate: (...args: NoInfer<Args>) => void,
    handle: (...args: NoInfer<Args>) => Promise<NoInfer<Ret>>,
  ): void {
    setHandler(definition, inTurn(validate, handle));
  }

  /**
   * A signal: `validate` on its turn, then `handle`. A refusal by either, or a failed activity or child,
   * goes to `onRefused` (in the queue, so it is recorded in order); any other error is a defect and fails
   * the workflow task (Temporal retries it, so a fixed worker carries on). `onArrival`, if given, notes the
   * signal as it arrives, before its turn (what an Update's validator on arrival must know of it).
   */
  function onSignal<Args extends unknown[]>(
    definition: SignalDefinition<Args>,
    validate: (...args: NoInfer<Args>) => void,
    handle: (...args: NoInfer<Args>) => Promise<void> | void,
    onRefused: (command: string, reason: string, ...args: NoInfer<Args>) => Promise<void> | void,
    onArrival?: (...args: NoInfer<Args>) => void,
  ): void {
    setHandler(definition, (...args: Args) => {
      onArrival?.(...args);
      return enqueue(async () => {
        try {
          validate(...args);
        } catch (error) {
          return onRefused(definition.name, (error as Error).message, ...args);
        }
        try {
          await handle(...args);
        } catch (error) {
          if (!(error instanceof TemporalFailure)) throw error;
          await onRefused(definition.name, reasonOf(error), ...args);
        }
      });
    });
  }

  return { onUpdate, onDecision, onSignal };
}
