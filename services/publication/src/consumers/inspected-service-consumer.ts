// Keeps InspectedService, each inspection's YJS code for the national roll-up, from the inspection service's
// inspection.created events.
import { inspectionCreated } from '@yji/contracts';
import { durableName, inspectionCopyConsumer } from '@yji/messaging';

export const inspectedServiceConsumerName = (databaseUrl: string) =>
  durableName('publication-inspection', databaseUrl);

export const startInspectedServiceConsumer = inspectionCopyConsumer(
  inspectionCreated,
  'InspectedService',
  (event) => ({ yjsCode: event.yjsCode }),
);
