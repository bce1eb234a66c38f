// Workflow code, bundled only into the workers of test/handler-activity-bounds.test.ts: every activity's bound
// (scheduleToCloseTimeout) is cut to a hundredth, so a test sees a handler's activity given up in seconds
// rather than minutes (the workflows give bounds in milliseconds); an activity without a bound keeps none.
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';

const BOUND_DIVISOR = 100;

export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      scheduleActivity: (input, next) => {
        const bound = input.options.scheduleToCloseTimeout;
        if (bound === undefined) return next(input);
        // The workflows give their bounds in milliseconds; one given otherwise would not be cut, and its test
        // would wait minutes: say so at once.
        if (typeof bound !== 'number') throw new TypeError(`a bound in milliseconds, not ${bound}`);
        const shortened = bound / BOUND_DIVISOR;
        return next({ ...input, options: { ...input.options, scheduleToCloseTimeout: shortened } });
      },
    },
  ],
});
