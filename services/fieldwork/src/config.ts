import { commonEnv } from '@yji/service-kit';
import { reviewDeadlinesSchema } from '@yji/domain';
import { z } from 'zod';

export const fieldworkConfig = commonEnv
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(3002),
    /** How long a submission waits for the case workflow before it answers 202 (issue 13). */
    SUBMIT_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
    /**
     * How long after a QA reviewer claims a case they are reminded; unset, at the end of the second working
     * day after the claim (domain qa/review-deadlines.ts).
     */
    QA_REVIEW_REMIND_AFTER_MS: z.coerce.number().int().optional(),
    /** How long after the claim the lead inspector is told the review is overdue; unset, the third working day. */
    QA_REVIEW_ESCALATE_AFTER_MS: z.coerce.number().int().optional(),
  })
  .superRefine((config, ctx) => {
    const deadlines = reviewDeadlinesSchema.safeParse({
      remindAfterMs: config.QA_REVIEW_REMIND_AFTER_MS,
      escalateAfterMs: config.QA_REVIEW_ESCALATE_AFTER_MS,
    });
    for (const issue of deadlines.error?.issues ?? [])
      ctx.addIssue({
        code: 'custom',
        path: [
          issue.path[0] === 'remindAfterMs' ? 'QA_REVIEW_REMIND_AFTER_MS' : 'QA_REVIEW_ESCALATE_AFTER_MS',
        ],
        message: issue.message,
      });
  });
export type FieldworkConfig = z.output<typeof fieldworkConfig>;
