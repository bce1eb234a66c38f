// PUT /api/inspections/:id/team: the lead inspector sets who is on the team and in which role. The lead
// stays on it; every change is audited and published so other services know who may touch the inspection.
import { InspectionIdParams, TeamBody, teamMemberAdded, teamMemberRemoved } from '@yji/contracts';
import { appendAudit, appendToOutbox } from '@yji/db';
import { auditActor, type App } from '@yji/service-kit';
import { LEAD, requireTeamRole } from './access.ts';
import type { RoutesDeps } from './inspections.ts';

// User ids never hold a colon (contracts UserId), so this names a membership unambiguously.
const key = (member: { userId: string; role: string }) => `${member.userId}:${member.role}`;

export function registerTeamRoutes(app: App, { db }: RoutesDeps, onCommit: () => void) {
  app.put(
    '/api/inspections/:id/team',
    { schema: { params: InspectionIdParams, body: TeamBody } },
    async (request) => {
      const { id } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
      const members = await db.$transaction(async (tx) => {
        const current = await tx.teamMember.findMany({ where: { inspectionId: id } });
        const wanted = new Map(request.body.members.map((member) => [key(member), member]));
        const lead = current.find((member) => member.role === 'lead-inspector');
        if (lead)
          wanted.set(key(lead), { userId: lead.userId, role: 'lead-inspector', conflicts: lead.conflicts });
        const removed = current.filter((member) => !wanted.has(key(member)));
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
        for (const { userId, role } of added)
          await appendToOutbox(tx, teamMemberAdded.subject, { inspectionId: id, userId, role });
        for (const { userId, role } of removed)
          await appendToOutbox(tx, teamMemberRemoved.subject, { inspectionId: id, userId, role });
        await appendAudit(tx, {
          ...auditActor(request),
          action: 'team.changed',
          entityType: 'team',
          entityId: id,
          inspectionId: id,
          details: { added: added.map(key), removed: removed.map(key) },
        });
        return tx.teamMember.findMany({
          where: { inspectionId: id },
          orderBy: [{ role: 'asc' }, { userId: 'asc' }],
        });
      });
      onCommit();
      return {
        members: members.map(({ userId, role, capacity, conflicts }) => ({
          userId,
          role,
          capacity,
          conflicts,
        })),
      };
    },
  );
}
