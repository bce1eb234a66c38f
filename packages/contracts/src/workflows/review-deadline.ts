// What a review deadline workflow takes: ids, the review version at the claim, and its times.
import { z } from 'zod';

export const ReviewDeadlineInput = z.object({
  taskId: z.uuid(),
  claimVersion: z.int().min(0),
  remindAfterMs: z.int().min(0),
  escalateAfterMs: z.int().min(0),
});
export type ReviewDeadlineInput = z.infer<typeof ReviewDeadlineInput>;
