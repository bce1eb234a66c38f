// When a team change is made, for its events (contracts team-events `changedAt`): the database's clock, read in
// the change's transaction after the team's rows are locked, so two changes of one team get their times in
// the order they were made, whichever replica made them.
import type { Tx } from '../commands/decision-support.ts';

export async function teamChangedAt(tx: Tx): Promise<string> {
  const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS now`;
  return now.toISOString();
}
