// A durable consumer's name. Processed message ids live in the database, so the durable (whose
// acknowledgements say what was delivered) must be one per database: a test run on yji_test and a
// developer's service on yji, sharing one NATS server, then never take each other's events.
export function durableName(prefix: string, databaseUrl: string): string {
  const database = new URL(databaseUrl).pathname.slice(1) || 'default';
  return `${prefix}-${database.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
