import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

/**
 * A lead inspector's decision not carried out within this answers 202 with a Location to poll. Issue 12's
 * budget is an answer within 1 s; on a quiet machine a decision is carried out in some 650 ms (confirm 636,
 * assign 530 at K = 1), so 750 ms still answers most with their result and leaves 250 ms for the request's
 * own work (token, team check) on a loaded machine. Under load the answer is 202 and the portal shows the
 * decision's progress. docs/architecture.md, "A decision's answer".
 */
export const DEFAULT_DECISION_WAIT_MS = 750;

export const inspectionConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  DECISION_WAIT_MS: z.coerce.number().int().min(1).default(DEFAULT_DECISION_WAIT_MS),
  /**
   * A start's call to Temporal (one sent with an Idempotency-Key) not answered within this answers 503
   * service-busy with Retry-After; the start is safe to repeat with the same key.
   */
  TEMPORAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
});
export type InspectionConfig = z.output<typeof inspectionConfig>;
