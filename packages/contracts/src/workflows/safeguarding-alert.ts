// What the alert acknowledgement workflow takes: ids and a time only. What the alert says stays in the
// fieldwork service (and every payload is encrypted anyway).
import { z } from 'zod';

export const AlertAcknowledgementInput = z.object({
  alertId: z.uuid(),
  inspectionId: z.uuid(),
  /** How long the lead inspector has to acknowledge before the second named person is told. */
  escalateAfterMs: z.int().min(0),
});
export type AlertAcknowledgementInput = z.infer<typeof AlertAcknowledgementInput>;

export const AlertAcknowledgementState = z.object({
  alertId: z.uuid(),
  acknowledged: z.boolean(),
  escalated: z.boolean(),
});
export type AlertAcknowledgementState = z.infer<typeof AlertAcknowledgementState>;
