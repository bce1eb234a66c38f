// The publication service's durable consumers, one per database (durableName).
import { durableName } from '@yji/messaging';

export const ratingsConsumerName = (databaseUrl: string) => durableName('publication-ratings', databaseUrl);
export const teamConsumerName = (databaseUrl: string) => durableName('publication-team', databaseUrl);
export const inspectedServiceConsumerName = (databaseUrl: string) =>
  durableName('publication-inspection', databaseUrl);
export const reportPdfConsumerName = (databaseUrl: string) => durableName('publication-pdf', databaseUrl);
