// Keeps InspectedService, each inspection's YJS code and name for the public pages and the national roll-up,
// and the first day of its fieldwork for its public report, from the inspection service's inspection.created
// events.
import { inspectionCreated } from '@yji/contracts';
import { durableName, inspectionCopyConsumer } from '@yji/messaging';
import type { ServiceConsumer } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';

export const inspectedServiceConsumer: ServiceConsumer<PublicationDb> = {
  what: 'inspection event',
  durable: (databaseUrl) => durableName('publication-inspection', databaseUrl),
  start: inspectionCopyConsumer(inspectionCreated, 'InspectedService', (event) => ({
    yjsCode: event.yjsCode,
    yjsName: event.yjsName ?? null,
    fieldworkStart: event.fieldworkStart,
  })),
};
