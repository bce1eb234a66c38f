// PUT /api/inspections/:id/team: the lead inspector sets who is on the team and in which role. The lead
// stays on it; a change that would leave someone's open cases or claimed reviews with nobody
// (team/orphaned-work.ts), the open ratings panel with no chair (team/panel-chair.ts), or safeguarding
// alerts with no second person (team/second-person.ts) is refused; every change is audited and published so
// other services know who may touch the inspection.
import { TeamBody, TeamView, teamMemberAdded, teamMemberRemoved } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import type { Client } from '@temporalio/client';
import type { NatsConnection } from '@yji/messaging';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import { auditTeam } from '../audit/audit-team.ts';
import type { InspectionDb } from '../db.ts';
import { refuseOrphaningChange } from '../team/orphaned-work.ts';
import { refuseLeavingPanelWithoutChair } from '../team/panel-chair.ts';
import { refuseLeavingAlertsWithoutSecondPerson } from '../team/second-person.ts';
import { databaseNow } from '../store/database-now.ts';
import { loadTeamView } from '../views/team-view.ts';

// User ids never hold a colon (contracts UserId), so this names a membership unambiguously.
const key = (member: { userId: string; role: string }) => `${member.userId}:${member.role}`;

export function registerSetTeam(
  app: App,
  db: InspectionDb,
  nc: NatsConnection,
  temporal: Client,
  afterOutbox: () => void,
) {
  app.put(
    '/api/inspections/:id/team',
    teamRoute(db, LEAD, {
      tags: ['team'],
      summary: "Set the inspection's team: each member's role, capacity and declared conflicts",
      description:
        'The lead inspector stays on the team whatever the body says. Taking a role from someone who still ' +
        'holds open cases (as assessor) or claimed reviews (as QA reviewer) is refused with 409 naming each ' +
        'item: reassign them first. Removing the last panel chair while the ratings panel is open is refused ' +
        'with 409: name another chair in the same change. Taking the second named person for safeguarding ' +
        'alerts off the team is refused with 409: name another in the QA settings first. Every change is ' +
        'published.',
      body: TeamBody,
      response: { 200: TeamView, ...errorResponses(409, 503) },
    }),
    async (request) => {
      const { id } = request.params;
      const team = await db.$transaction(async (tx) => {
        // Two changes of one team take turns, so each is checked against the team the other left; an
        // assignment (which holds the team FOR SHARE) and a change take turns too, so neither lands unseen.
        await tx.$executeRawUnsafe(
          'SELECT 1 FROM "TeamMember" WHERE "inspectionId" = $1::uuid FOR UPDATE',
          id,
        );
        const current = await tx.teamMember.findMany({ where: { inspectionId: id } });
        const wanted = new Map(request.body.members.map((member) => [key(member), member]));
        const lead = current.find((member) => member.role === 'lead-inspector');
        if (lead)
          wanted.set(key(lead), { userId: lead.userId, role: 'lead-inspector', conflicts: lead.conflicts });
        const removed = current.filter((member) => !wanted.has(key(member)));
        await refuseLeavingPanelWithoutChair(temporal, id, current, [...wanted.values()]);
        await refuseLeavingAlertsWithoutSecondPerson(tx, id, current, [...wanted.values()]);
        await refuseOrphaningChange(tx, nc, id, current, [...wanted.values()]);
        const added = [...wanted.values()].filter(
          (member) => !current.some((existing) => key(existing) === key(member)),
        );
        await tx.teamMember.deleteMany({
          where: { inspectionId: id, OR: removed.map(({ userId, role }) => ({ userId, role })) },
        });
        for (const member of wanted.values()) {
          const data = { capacity: member.capacity ?? null, conflicts: member.conflicts };
          await tx.teamMember.upsert({
            where: {
              inspectionId_userId_role: { inspectionId: id, userId: member.userId, role: member.role },
            },
            create: { inspectionId: id, userId: member.userId, role: member.role, ...data },
            update: data,
          });
        }
        const changedAt = await databaseNow(tx);
        for (const { userId, role } of added)
          await appendToOutbox(tx, teamMemberAdded.subject, { inspectionId: id, userId, role, changedAt });
        for (const { userId, role } of removed)
          await appendToOutbox(tx, teamMemberRemoved.subject, { inspectionId: id, userId, role, changedAt });
        await auditTeam(tx, actorOf(request), id, 'team.changed', {
          added: added.map(key),
          removed: removed.map(key),
        });
        return loadTeamView(tx, id);
      });
      afterOutbox();
      return team;
    },
  );
}
