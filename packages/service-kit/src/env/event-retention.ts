// How long messaging keeps what it has delivered: the event stream its events (a durable consumer stopped for
// longer misses those that expired), and each service's outbox the rows it has published. Both are at least
// the stream's de-duplication window: NATS refuses a max_age shorter than it, and a published row stays at
// least as long as the stream remembers its id. Part of natsEnv, so every process that makes the stream
// (services and worker) reads the same EVENT_RETENTION_MS.
import { DUPLICATE_WINDOW_MS } from '@yji/messaging';
import type { z } from 'zod';
import { millis } from './values.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export const eventRetentionFields = {
  /** The event stream's max_age; set on the stream by every process at its start (the last one's stands). */
  EVENT_RETENTION_MS: millis.max(100 * 365 * DAY_MS, 'must be at most 100 years').default(90 * DAY_MS),
  /** Published outbox rows older than this are deleted by the outbox relay's sweep. */
  OUTBOX_KEEP_PUBLISHED_MS: millis.default(7 * DAY_MS),
};

type EventRetentionEnv = z.output<z.ZodObject<typeof eventRetentionFields>>;

const WINDOW = `${DUPLICATE_WINDOW_MS} (${DUPLICATE_WINDOW_MS / 60_000} minutes, the event stream’s de-duplication window)`;

export function checkEventRetention(env: EventRetentionEnv, ctx: z.RefinementCtx) {
  for (const variable of ['EVENT_RETENTION_MS', 'OUTBOX_KEEP_PUBLISHED_MS'] as const) {
    if (env[variable] < DUPLICATE_WINDOW_MS)
      ctx.addIssue({ code: 'custom', path: [variable], message: `must be at least ${WINDOW}` });
  }
}
