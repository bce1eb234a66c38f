// A team change must not orphan work (domain workBlockingTeamChange): before it is stored, the fieldwork
// service says which cases the people losing a role hold, and the change is refused, naming them, if any
// would be left with nobody. If the fieldwork service cannot answer, nothing changes and the caller is told
// to try again: a change that might orphan work is never stored unchecked.
import { heldCases, problem } from '@yji/contracts';
import { membersLosingRoles, workBlockingTeamChange, type Membership } from '@yji/domain';
import { sendCommand, CommandRejected, type NatsConnection } from '@yji/messaging';
import { HttpError } from '@yji/service-kit';

/** How long a team change waits for the fieldwork service: it runs inside the change's transaction. */
const HELD_CASES_TIMEOUT_MS = 3_000;
const RETRY_AFTER_SECONDS = 5;

export async function refuseOrphaningChange(
  nc: NatsConnection,
  inspectionId: string,
  current: readonly Membership[],
  wanted: readonly Membership[],
): Promise<void> {
  const userIds = membersLosingRoles(current, wanted);
  if (userIds.length === 0) return;
  let cases;
  try {
    ({ cases } = await sendCommand(
      nc,
      heldCases,
      { inspectionId, userIds },
      { timeoutMs: HELD_CASES_TIMEOUT_MS },
    ));
  } catch (error) {
    if (error instanceof CommandRejected) throw error;
    throw new HttpError(problem('service-busy'), { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
  const work = workBlockingTeamChange(current, wanted, cases);
  if (work.length > 0) throw new HttpError(problem('team-change-orphans-work', { work }));
}
