// The moves that follow a safeguarding alert (alert-lifecycle.ts), as data: which, and when.
import { z } from 'zod';
import { instantSchema } from './alert-escalation.ts';

export const alertMoveSchema = z.discriminatedUnion('type', [
  /** The platform, when the alert is still unacknowledged at its escalation time. */
  z.strictObject({ type: z.literal('escalate'), at: instantSchema }),
  z.strictObject({ type: z.literal('acknowledge'), at: instantSchema }),
  z.strictObject({ type: z.literal('record-action'), at: instantSchema }),
  /** Records the outcome and closes the alert. */
  z.strictObject({ type: z.literal('record-outcome'), at: instantSchema }),
]);

export type AlertMove = z.output<typeof alertMoveSchema>;

export type AlertMoveType = AlertMove['type'];
