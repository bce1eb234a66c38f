// The ratings service's durable consumers, one per database (durableName).
import { durableName } from '@yji/messaging';

export const assessmentConsumerName = (databaseUrl: string) =>
  durableName('ratings-assessments', databaseUrl);
export const teamConsumerName = (databaseUrl: string) => durableName('ratings-team', databaseUrl);
