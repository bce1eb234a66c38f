// Keeps InspectionSettings, what the fieldwork service's case rules need to know about each inspection (its
// country, its 2016 programme), from the inspection service's inspection.created events.
import { inspectionCreated } from '@yji/contracts';
import { durableName, inspectionCopyConsumer } from '@yji/messaging';

export const inspectionSettingsConsumerName = (databaseUrl: string) =>
  durableName('fieldwork-inspection-settings', databaseUrl);

export const startInspectionSettingsConsumer = inspectionCopyConsumer(
  inspectionCreated,
  'InspectionSettings',
  (event) => ({ country: event.country ?? null, programme: { json: event.programme } }),
);
