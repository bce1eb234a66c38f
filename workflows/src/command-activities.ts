// Every workflow's activities send one command over NATS to the service that owns the data
// (services/worker/src/activities/send.ts). How they are typed and retried is the same for all of them.
import type { ActivityOptions } from '@temporalio/workflow';
import type { z } from 'zod';

/** An activity that sends the command `C`: its request in, its reply out. */
export type Command<C extends { request: z.ZodType; reply: z.ZodType }> = (
  request: z.input<C['request']>,
) => Promise<z.output<C['reply']>>;

/**
 * The service may be restarting: retry until it answers, with backoff so a down service is not hammered. A
 * command the service refuses fails its activity for good (non-retryable). For the activities a workflow's
 * own path must carry out in the end; those its message handlers call are bounded (handler-activities.ts).
 */
export const COMMAND_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};
