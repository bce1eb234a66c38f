// The fieldwork service's durable consumer names: one per database (durableName).
import { durableName } from '@yji/messaging';

export function teamConsumerName(databaseUrl: string): string {
  return durableName('fieldwork-team', databaseUrl);
}

export function qaSettingsConsumerName(databaseUrl: string): string {
  return durableName('fieldwork-qa-settings', databaseUrl);
}

export function inspectionSettingsConsumerName(databaseUrl: string): string {
  return durableName('fieldwork-inspection-settings', databaseUrl);
}
