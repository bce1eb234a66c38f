// The ratings service's team event consumer's durable name: one per database (durableName).
import { durableName } from '@yji/messaging';

export const teamConsumerName = (databaseUrl: string) => durableName('ratings-team', databaseUrl);
