// Keeps QaSettings, the fieldwork service's copy of each inspection's QA policy and alert escalation, from
// the inspection service's qa-settings events: the latest setting wins, by when the lead set it, whatever order
// the events arrive in.
import { qaSettingsSet } from '@yji/contracts';
import { durableName, inspectionCopyConsumer } from '@yji/messaging';
import type { ServiceConsumer } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';

export const qaSettingsConsumerName = (databaseUrl: string) =>
  durableName('fieldwork-qa-settings', databaseUrl);

export const qaSettingsConsumer: ServiceConsumer<FieldworkDb> = {
  what: 'QA settings',
  durable: qaSettingsConsumerName,
  start: inspectionCopyConsumer(
    qaSettingsSet,
    'QaSettings',
    (event) => ({
      policy: { json: event.policy },
      alertEscalation: { json: event.alertEscalation },
      // When the lead set them; an event from before it was named is taken as it comes.
      setAt: event.setAt ? new Date(event.setAt) : new Date(),
    }),
    { newerBy: 'setAt' },
  ),
};
