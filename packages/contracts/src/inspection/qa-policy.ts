// The inspection's quality-assurance settings, set by the lead inspector before or during fieldwork: which
// submitted assessments go to QA and which reviews are blind (packages/domain qa/qa-policy.ts, with its
// recorded seed), and how long a safeguarding alert waits for acknowledgement before it goes to a second named
// person (domain safeguarding/alert-escalation.ts). The inspection service keeps them; the fieldwork service,
// which routes submissions and follows alerts, keeps a copy from the event.
import { z } from 'zod';
import { alertEscalationSchema, qaPolicySchema } from '@yji/domain';
import { defineEvent } from '../event.ts';
import { freeText } from '../free-text.ts';
import { UserId } from '../roles.ts';

// The domain's schemas, with the one text rule for the seed and a user id for the second person.
const QaPolicy = qaPolicySchema.extend({ seed: freeText({ max: 200, min: 1 }) });
const AlertEscalation = alertEscalationSchema.extend({ secondPersonId: UserId });

export const QaSettingsBody = z.strictObject({
  policy: QaPolicy,
  /** Without it an unacknowledged alert escalates after the default time to no one named (the lead sees it). */
  alertEscalation: AlertEscalation.optional(),
});
export type QaSettingsBody = z.output<typeof QaSettingsBody>;

export const QaSettingsView = z.object({
  inspectionId: z.uuid(),
  policy: QaPolicy,
  alertEscalation: AlertEscalation.nullable(),
  setBy: UserId,
  setAt: z.iso.datetime(),
});

export const qaSettingsSet = defineEvent({
  subject: 'yji.inspection.qa-settings.set',
  payload: z.object({
    inspectionId: z.uuid(),
    policy: QaPolicy,
    alertEscalation: AlertEscalation.nullable(),
    /**
     * The inspection service's database clock when the lead set them, under the inspection's lock, so in the
     * order they were set: an older event arriving later changes nothing. Events from before carry none.
     */
    setAt: z.iso.datetime({ offset: true }).optional(),
  }),
});
