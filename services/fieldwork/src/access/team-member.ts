// Who the caller is on one inspection, as the domain's lifecycle rules take it (qa/mover.ts): the roles they
// hold both on the team and in their token. A token role opens nothing on a team the caller is not on, and a
// team seat opens nothing the token does not carry.
import { Role } from '@yji/contracts';
import type { TeamMember } from '@yji/domain';
import type { Principal } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

type Reader = FieldworkDb | Prisma.TransactionClient;

export async function teamMemberOf(
  db: Reader,
  principal: Principal,
  inspectionId: string,
): Promise<TeamMember> {
  const memberships = await db.teamMembership.findMany({
    where: { inspectionId, userId: principal.userId },
    select: { role: true },
  });
  return { userId: principal.userId, teamRoles: heldRoles(principal, memberships) };
}

/** The caller on each of `inspectionIds`, by inspection id, as teamMemberOf has them (one read for all). */
export async function teamMembersOn(
  db: Reader,
  principal: Principal,
  inspectionIds: readonly string[],
): Promise<ReadonlyMap<string, TeamMember>> {
  const memberships = await db.teamMembership.findMany({
    where: { inspectionId: { in: [...inspectionIds] }, userId: principal.userId },
    select: { inspectionId: true, role: true },
  });
  return new Map(
    inspectionIds.map((inspectionId) => [
      inspectionId,
      {
        userId: principal.userId,
        teamRoles: heldRoles(
          principal,
          memberships.filter((membership) => membership.inspectionId === inspectionId),
        ),
      },
    ]),
  );
}

const heldRoles = (principal: Principal, memberships: readonly { role: string }[]) =>
  memberships.map(({ role }) => role).filter((role) => (principal.roles as string[]).includes(role));

/** Someone else on the team by their team roles alone (the lead inspector names a new reviewer). */
export async function namedTeamMember(db: Reader, inspectionId: string, userId: string): Promise<TeamMember> {
  const memberships = await db.teamMembership.findMany({
    where: { inspectionId, userId },
    select: { role: true },
  });
  return { userId, teamRoles: memberships.map(({ role }) => role) };
}

export const holds = (member: TeamMember, role: Role) => member.teamRoles.includes(role);

/** Every role: routes whose caller is decided by the record itself (an alert's people), not by a role. */
export const ANY_ROLE = Role.options as [Role, ...Role[]];
