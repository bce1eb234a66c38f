import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const inspectionConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** A lead inspector's decision not carried out within this answers 202 with a Location to poll. */
  DECISION_WAIT_MS: z.coerce.number().int().min(1).default(10_000),
  /**
   * A start's call to Temporal (one sent with an Idempotency-Key) not answered within this answers 503
   * service-busy with Retry-After; the start is safe to repeat with the same key.
   */
  TEMPORAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
});
export type InspectionConfig = z.output<typeof inspectionConfig>;
