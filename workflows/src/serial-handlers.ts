// Update handlers that call activities interleave at every await. Running them one at a time, and
// checking the state again when each one's turn comes, keeps two decisions from acting on the same state
// (Temporal's safe-message-handlers pattern). The validator also runs on arrival, so an update the state
// does not allow is rejected before it enters the history.
import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';

export function serialUpdates() {
  let tail: Promise<unknown> = Promise.resolve();
  return function onUpdate<Ret, Args extends unknown[]>(
    definition: UpdateDefinition<Ret, Args>,
    validate: (...args: NoInfer<Args>) => void,
    handle: (...args: NoInfer<Args>) => Promise<NoInfer<Ret>>,
  ): void {
    const handler = (...args: Args): Promise<Ret> => {
      const run = tail.then(async () => {
        try {
          validate(...args);
        } catch (error) {
          // A plain Error would fail the workflow task; an ApplicationFailure fails only this update.
          throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidState');
        }
        return handle(...args);
      });
      tail = run.catch(() => undefined);
      return run;
    };
    setHandler(definition, handler, { validator: validate });
  };
}
