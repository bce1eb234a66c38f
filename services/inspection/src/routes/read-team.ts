// GET /api/inspections/:id/team: who is on the team, in which role, with capacity and declared conflicts.
import { TeamView, type Role } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';

export function registerReadTeam(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/team',
    teamRoute(db, LEAD, {
      tags: ['team'],
      summary: "The inspection's team: each member's role, capacity and declared conflicts",
      response: { 200: TeamView },
    }),
    async (request) => {
      const members = await db.teamMember.findMany({
        where: { inspectionId: request.params.id },
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
    },
  );
}
