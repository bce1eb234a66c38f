// The fieldwork service's team event consumer's durable name: one per database (durableName).
import { durableName } from '@yji/messaging';

export function teamConsumerName(databaseUrl: string): string {
  return durableName('fieldwork-team', databaseUrl);
}
