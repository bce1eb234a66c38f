// GET /api/inspections/:id/team: who is on the team, in which role, with capacity and declared conflicts.
import { TeamView } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { loadTeamView } from '../views/team-view.ts';

export function registerReadTeam(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/team',
    teamRoute(db, LEAD, {
      tags: ['team'],
      summary: "The inspection's team: each member's role, capacity and declared conflicts",
      response: { 200: TeamView },
    }),
    async (request) => loadTeamView(db, request.params.id),
  );
}
