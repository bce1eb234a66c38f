// Who may see an alert: the inspection's lead inspector, whoever raised it, and the second named person once
// it has escalated to them, each while on the inspection's team. Anyone else is told 404. Who may act on it is the domain's to decide.
import { problem } from '@yji/contracts';
import { isEscalatedTo, type TeamMember } from '@yji/domain';
import { HttpError, type Principal } from '@yji/service-kit';
import { holds, teamMemberOf } from '../access/team-member.ts';
import type { FieldworkDb } from '../db.ts';

export async function visibleAlert(db: FieldworkDb, principal: Principal, alertId: string) {
  const alert = await db.safeguardingAlert.findUnique({ where: { id: alertId }, include: { actions: true } });
  if (!alert) throw new HttpError(problem('not-found', { what: 'alert' }));
  const member: TeamMember = await teamMemberOf(db, principal, alert.inspectionId);
  const visible =
    holds(member, 'lead-inspector') ||
    (alert.raisedBy === principal.userId && member.teamRoles.length > 0) ||
    isEscalatedTo(alert, member);
  if (!visible) throw new HttpError(problem('not-found', { what: 'alert' }));
  return { alert, member };
}
