// The inspection's quality-assurance settings, set by the lead inspector before or during fieldwork: which
// submitted assessments go to QA and which reviews are blind (packages/domain qa/qa-policy.ts, with its
// recorded seed), and how long a safeguarding alert waits for acknowledgement before it goes to a second named
// person (domain safeguarding/alert-escalation.ts). The inspection service keeps them; the fieldwork service,
// which routes submissions and follows alerts, keeps a copy from the event.
import { z } from 'zod';
import { alertEscalationSchema, qaPolicySchema } from '@yji/domain';
import { defineEvent } from '../event.ts';
import { UserId } from '../roles.ts';

export const QaSettingsBody = z.strictObject({
  policy: qaPolicySchema,
  /** Without it an unacknowledged alert escalates after the default time to no one named (the lead sees it). */
  alertEscalation: alertEscalationSchema.optional(),
});
export type QaSettingsBody = z.output<typeof QaSettingsBody>;

export const QaSettingsView = z.object({
  inspectionId: z.uuid(),
  policy: qaPolicySchema,
  alertEscalation: alertEscalationSchema.nullable(),
  setBy: UserId,
  setAt: z.iso.datetime(),
});

export const qaSettingsSet = defineEvent({
  subject: 'yji.inspection.qa-settings.set',
  payload: z.object({
    inspectionId: z.uuid(),
    policy: qaPolicySchema,
    alertEscalation: alertEscalationSchema.nullable(),
  }),
});
