// How long a QA reviewer has with a claimed case before they are reminded, and before the lead inspector is
// told it is overdue (issue: "review deadlines are durable timers: remind, then escalate to the lead").
// Decision: the seeds name no QA timescale; two working days to a reminder and three to the lead inspector
// keep moderation inside a fortnight's fieldwork. Counted from the claim; any move of the review (approve,
// return, release, reassignment) ends the clock.
import { z } from 'zod';

const HOUR_MS = 3_600_000;

export const REVIEW_DEADLINE_DEFAULTS = {
  remindAfterMs: 48 * HOUR_MS,
  escalateAfterMs: 72 * HOUR_MS,
} as const;

export const reviewDeadlinesSchema = z
  .strictObject({
    remindAfterMs: z.int().min(1_000).default(REVIEW_DEADLINE_DEFAULTS.remindAfterMs),
    escalateAfterMs: z.int().min(1_000).default(REVIEW_DEADLINE_DEFAULTS.escalateAfterMs),
  })
  .refine(({ remindAfterMs, escalateAfterMs }) => remindAfterMs < escalateAfterMs, {
    message: 'the reminder comes before the escalation',
    path: ['remindAfterMs'],
  });

export type ReviewDeadlines = z.output<typeof reviewDeadlinesSchema>;
