// Who may take a confirmed case, for the bulk assignment and for a reassignment alike: an inspector or
// local assessor on the team, without a declared conflict, within capacity (the domain's mayTakeCase).
import { ASSESSOR_ROLES, problem } from '@yji/contracts';
import { mayTakeCase } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import type { Tx } from './decision-support.ts';

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
