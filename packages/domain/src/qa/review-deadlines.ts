// How long a QA reviewer has with a claimed case before they are reminded, and before the lead inspector is
// told it is overdue (issue: "review deadlines are durable timers: remind, then escalate to the lead").
// Decision: the seeds name no QA timescale; two working days to a reminder and three to the lead inspector
// keep moderation inside a fortnight's fieldwork. Working days as the factual accuracy check counts them
// (time/working-days.ts: Monday to Friday, no public holidays known, from the day after the claim's UK day, to
// the end of the last working day on UK clocks), so a weekend never uses up a reviewer's time. Counted from
// the claim; any move of the review (approve, return, release, reassignment) ends the clock.
import { z } from 'zod';
import { endOfWorkingDaysAfter } from '../time/working-days.ts';

export const REVIEW_WORKING_DAYS = { remind: 2, escalate: 3 } as const;

/**
 * Fixed delays in place of the working days (tests, a deployment that wants them), both or neither: one fixed
 * beside a count of working days could fall after it. Absent, working days.
 */
export const reviewDeadlinesSchema = z
  .strictObject({
    remindAfterMs: z.int().min(1_000).optional(),
    escalateAfterMs: z.int().min(1_000).optional(),
  })
  .refine(
    ({ remindAfterMs, escalateAfterMs }) => (remindAfterMs === undefined) === (escalateAfterMs === undefined),
    {
      message: 'set both delays, or neither',
      path: ['remindAfterMs'],
    },
  )
  .refine(
    ({ remindAfterMs, escalateAfterMs }) =>
      remindAfterMs === undefined || escalateAfterMs === undefined || remindAfterMs < escalateAfterMs,
    { message: 'the reminder comes before the escalation', path: ['remindAfterMs'] },
  );

export type ReviewDeadlines = z.output<typeof reviewDeadlinesSchema>;

/**
 * How long after a claim made at `claimedAt` its reviewer is reminded and the lead inspector told: to the end
 * (UK time) of the second and of the third working day after the claim's day, or the fixed delays given. What
 * the review deadline workflow takes, computed at the claim.
 */
export function reviewDeadlineDelays(
  claimedAt: Date,
  fixed: ReviewDeadlines = {},
): { remindAfterMs: number; escalateAfterMs: number } {
  const after = (workingDays: number) =>
    endOfWorkingDaysAfter(claimedAt, workingDays).getTime() - claimedAt.getTime();
  return {
    remindAfterMs: fixed.remindAfterMs ?? after(REVIEW_WORKING_DAYS.remind),
    escalateAfterMs: fixed.escalateAfterMs ?? after(REVIEW_WORKING_DAYS.escalate),
  };
}
