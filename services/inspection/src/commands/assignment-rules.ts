// Who may take a confirmed case, for the bulk assignment and for a reassignment alike: an inspector or
// local assessor on the team, without a declared conflict, within capacity (the domain's mayTakeCase).
import { ASSESSOR_ROLES, problem } from '@yji/contracts';
import { mayTakeCase } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import type { Tx } from './decision-support.ts';

/**
 * Holds the team as it is until the assignment commits: a share lock on the inspection's TeamMember rows,
 * which a team change takes FOR UPDATE (routes/set-team.ts). An assignment waits for a team change under way
 * and then sees the team it left; a team change waits for the assignment and then sees the case it gave, so
 * neither lands unseen by the other (team/orphaned-work.ts). Assignments do not wait for one another.
 */
export async function holdTeam(tx: Tx, inspectionId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    'SELECT 1 FROM "TeamMember" WHERE "inspectionId" = $1::uuid FOR SHARE',
    inspectionId,
  );
}

/** The team's assessors, each with the cases already theirs among `cases` (the inspection's open cases). */
export async function assessorsOf(
  tx: Tx,
  inspectionId: string,
  cases: readonly { assigneeId: string | null }[],
) {
  const team = await tx.teamMember.findMany({
    where: { inspectionId, role: { in: [...ASSESSOR_ROLES] } },
  });
  return team.map((member) => ({
    userId: member.userId,
    capacity: member.capacity ?? undefined,
    currentLoad: cases.filter((entry) => entry.assigneeId === member.userId).length,
    conflicts: member.conflicts,
  }));
}

export type Assessors = Awaited<ReturnType<typeof assessorsOf>>;

/**
 * `assigneeId` takes `entry` (refused as `requireMayTake` refuses), and the loads move with it, so the next
 * case of the same request is judged against them: three cases for an assessor with room for one are refused.
 */
export function takeCase(
  assessors: Assessors,
  entry: { caseRef: string; assigneeId: string | null },
  assigneeId: string,
): void {
  requireMayTake(assessors, entry, assigneeId);
  if (entry.assigneeId === assigneeId) return;
  for (const assessor of assessors) {
    if (assessor.userId === entry.assigneeId) assessor.currentLoad -= 1;
    if (assessor.userId === assigneeId) assessor.currentLoad += 1;
  }
  entry.assigneeId = assigneeId;
}

/** Refuses, in the catalogue's words, unless `assigneeId` may take the case now held by `current`. */
export function requireMayTake(
  assessors: Assessors,
  { caseRef, assigneeId: current }: { caseRef: string; assigneeId: string | null },
  assigneeId: string,
): void {
  const assessor = assessors.find((candidate) => candidate.userId === assigneeId);
  if (!assessor) throw new CommandRejected(problem('not-an-assessor'));
  if (!mayTakeCase(assessor, caseRef, current)) {
    throw new CommandRejected(problem('cannot-assign'));
  }
}
