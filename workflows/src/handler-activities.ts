// The activities a workflow calls from its message handlers (a lead's decision, a change the inspection asks of a
// case) retry for a bounded time only. Handlers run one at a time (serial-handlers.ts), and a workflow continues
// as new only once every handler has finished: an activity retried for ever there (a service down for good, or
// failing on this command with `internal`, which the worker retries) would hold every later decision, and the
// inspection's history, for ever. The activities a workflow's own path must carry out in the end (a case's task
// created, a deadline recorded, a purge) keep COMMAND_ACTIVITY_OPTIONS, unbounded.
import { RetryState } from '@temporalio/common';
import { ActivityFailure, proxyActivities, type ActivityOptions } from '@temporalio/workflow';
import { COMMAND_ACTIVITY_OPTIONS } from './command-activities.ts';
import { refusal } from './serial-handlers.ts';

/**
 * Five minutes: a service restarting (a deploy) is back well within that, and the backoff (1 s doubling to a
 * minute) tries it some ten times meanwhile. Past that the service is down or failing on this command, and the
 * person had better hear it and try again than have every later decision wait. The request that sent the
 * decision stopped waiting long before (202): this is how long its outcome says "in progress". In milliseconds
 * (test/shortened-activity-bounds.ts cuts it for the tests).
 */
const HANDLER_ACTIVITY_OPTIONS: ActivityOptions = {
  ...COMMAND_ACTIVITY_OPTIONS,
  scheduleToCloseTimeout: 5 * 60_000,
};

/** What the person hears of an activity given up at its bound. */
export const GAVE_UP_REASON = 'a service this needs did not answer in time; try again shortly';

/** An activity retried until its bound (scheduleToCloseTimeout) ran out, rather than refused by its service. */
const gaveUp = (error: unknown) =>
  error instanceof ActivityFailure && error.retryState === RetryState.TIMEOUT;

/**
 * The activities `A` with HANDLER_ACTIVITY_OPTIONS: one given up at its bound fails as a refusal that says so
 * (not-allowed-now), which the decision's outcome, or the case's lastRefusal, carries to the person.
 */
export function proxyHandlerActivities<A extends object>(): A {
  const proxied = proxyActivities(HANDLER_ACTIVITY_OPTIONS);
  return new Proxy({} as A, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      return (...args: unknown[]) =>
        proxied[name]!(...args).catch((error: unknown) => {
          throw gaveUp(error) ? refusal('not-allowed-now', GAVE_UP_REASON) : error;
        });
    },
  });
}
