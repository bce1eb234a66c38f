// The team as GET and PUT /api/inspections/:id/team answer it: by role, then user id.
import type { z } from 'zod';
import type { Role, TeamView } from '@yji/contracts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionDb } from '../db.ts';

type Tx = Prisma.TransactionClient | InspectionDb;

export async function loadTeamView(tx: Tx, inspectionId: string): Promise<z.output<typeof TeamView>> {
  const members = await tx.teamMember.findMany({
    where: { inspectionId },
    orderBy: [{ role: 'asc' }, { userId: 'asc' }],
  });
  return {
    members: members.map(({ userId, role, capacity, conflicts }) => ({
      userId,
      role: role as Role,
      capacity,
      conflicts,
    })),
  };
}
