// The database's clock, read in a transaction after the rows a change locks: two changes of the same thing
// get their times in the order they were made, whichever replica made them. The events that carry such a
// time (a team change's `changedAt`, the QA settings' `setAt`) let their readers keep the latest.
import type { Tx } from '../commands/decision-support.ts';

export async function databaseNow(tx: Tx): Promise<string> {
  const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS now`;
  return now.toISOString();
}
