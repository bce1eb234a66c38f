// The fieldwork service's durable consumer names. Processed message ids live in the database, so a durable
// (whose acknowledgements say what was delivered) must be one per database: a test run on yji_test and a
// developer's service on yji, sharing one NATS server, then never take each other's events.
function consumerName(topic: string, databaseUrl: string): string {
  const database = new URL(databaseUrl).pathname.slice(1) || 'default';
  return `fieldwork-${topic}-${database.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export const teamConsumerName = (databaseUrl: string) => consumerName('team', databaseUrl);

export const qaSettingsConsumerName = (databaseUrl: string) => consumerName('qa-settings', databaseUrl);
