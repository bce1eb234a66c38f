// GET /api/inspections/:id/team: who is on the team, in which role, with capacity and declared conflicts. The
// conflicts are case references, so each read is audited (`team.read`), as the progress's is.
import { TeamView } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import { auditTeam } from '../audit/audit-team.ts';
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
    async (request) => {
      const { id } = request.params;
      const team = await loadTeamView(db, id);
      await auditTeam(db, actorOf(request), id, 'team.read');
      return team;
    },
  );
}
