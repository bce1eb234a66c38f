// A team change must not orphan work (domain workBlockingTeamChange): before it is stored, the fieldwork
// service says which cases the people losing a role hold, and the change is refused, naming them, if any
// would be left with nobody. If the fieldwork service cannot answer, nothing changes and the caller is told
// to try again: a change that might orphan work is never stored unchecked.
// An assignment is recorded here (SampledCase) before it reaches the fieldwork service, so the cases this
// service has given the people leaving count too, unless the fieldwork service shows them already or they
// have been submitted. The change holds the team FOR UPDATE and assignments hold it FOR SHARE
// (commands/assignment-rules.ts holdTeam): an assignment committed before the change is read here, and one
// after it sees the team without the people it took away.
import { heldCases, problem } from '@yji/contracts';
import { membersLosingRoles, workBlockingTeamChange, type HeldCase, type Membership } from '@yji/domain';
import { sendCommand, CommandRejected, type NatsConnection } from '@yji/messaging';
import { HttpError } from '@yji/service-kit';
import type { Tx } from '../commands/decision-support.ts';

/** How long a team change waits for the fieldwork service: it runs inside the change's transaction. */
const HELD_CASES_TIMEOUT_MS = 3_000;
const RETRY_AFTER_SECONDS = 5;

/** Case states in which a case no longer changes hands (the progress read model's, as fieldwork announced). */
const CLOSED_STATES = ['submitted', 'withdrawn'];

/**
 * The open cases this service has given to `userIds` that the fieldwork service does not show with them yet
 * (an assignment or reassignment on its way), as cases assigned to them.
 */
async function assignmentsOnTheirWay(
  tx: Tx,
  inspectionId: string,
  userIds: readonly string[],
  held: readonly HeldCase[],
): Promise<HeldCase[]> {
  const given = await tx.sampledCase.findMany({
    where: { inspectionId, withdrawnAt: null, assigneeId: { in: [...userIds] } },
    orderBy: { caseRef: 'asc' },
  });
  if (given.length === 0) return [];
  const closed = new Set(
    (
      await tx.caseProgress.findMany({
        where: { taskId: { in: given.map(({ taskId }) => taskId) }, state: { in: CLOSED_STATES } },
        select: { taskId: true },
      })
    ).map(({ taskId }) => taskId),
  );
  const shown = new Set(held.map(({ caseRef, assigneeId }) => `${caseRef}\u0000${assigneeId}`));
  return given
    .filter(
      ({ taskId, caseRef, assigneeId }) => !closed.has(taskId) && !shown.has(`${caseRef}\u0000${assigneeId}`),
    )
    .map(({ caseRef, assigneeId }) => ({
      caseRef,
      assigneeId,
      taskState: 'assigned',
      reviewerId: null,
      reviewState: null,
    }));
}

export async function refuseOrphaningChange(
  tx: Tx,
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
  const onTheirWay = await assignmentsOnTheirWay(tx, inspectionId, userIds, cases);
  const work = workBlockingTeamChange(current, wanted, [...cases, ...onTheirWay]);
  if (work.length > 0) throw new HttpError(problem('team-change-orphans-work', { work }));
}
