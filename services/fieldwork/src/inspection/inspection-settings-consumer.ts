// Keeps InspectionSettings, what the fieldwork service's case rules need to know about each inspection (its
// country, its 2016 programme), from the inspection service's inspection.created events.
import { inspectionCreated } from '@yji/contracts';
import { durableName, inspectionCopyConsumer } from '@yji/messaging';
import type { ServiceConsumer } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';

export const inspectionSettingsConsumer: ServiceConsumer<FieldworkDb> = {
  what: 'inspection settings',
  durable: (databaseUrl) => durableName('fieldwork-inspection-settings', databaseUrl),
  start: inspectionCopyConsumer(inspectionCreated, 'InspectionSettings', (event) => ({
    country: event.country ?? null,
    programme: { json: event.programme },
  })),
};
