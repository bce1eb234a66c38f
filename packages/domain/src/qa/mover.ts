// Who makes a move in the quality-assurance and safeguarding lifecycles. The services decide who someone is
// (token, team membership); these rules decide what each may do. Role names are spelled as the contracts'
// Role enum spells them.
import { z } from 'zod';
import type { AssessorRole } from './qa-policy.ts';

/** Someone acting on one inspection, with the roles they hold on its team (none when not a member). */
export const teamMemberSchema = z.strictObject({
  userId: z.string().min(1).max(100),
  teamRoles: z.array(z.string().min(1).max(40)).max(10).readonly(),
});

export type TeamMember = z.output<typeof teamMemberSchema>;

/** A move the platform makes itself (routing a submission, escalating an alert), never a person. */
export const SYSTEM = 'system';

/** Who makes a move: a team member, or the platform. */
export type Mover = TeamMember | typeof SYSTEM;

export const LEAD_INSPECTOR_ROLE = 'lead-inspector';

// Decision (docs/domain.md §1): the seeds name no QA role; a team member holding this role moderates.
export const QA_REVIEWER_ROLE = 'qa-reviewer';

/** The roles whose members assess cases (docs/domain.md §1). */
export const ASSESSOR_ROLES: readonly AssessorRole[] = ['inspector', 'local-assessor'];

export function holdsRole(actor: Mover, role: string): actor is TeamMember {
  return actor !== SYSTEM && actor.teamRoles.includes(role);
}

export function isPerson(actor: Mover, userId: string | null): actor is TeamMember {
  return actor !== SYSTEM && userId !== null && actor.userId === userId;
}

/** Whether the actor assesses cases on the team: the only people who write or revise an assessment. */
export const holdsAssessorRole = (actor: Mover): actor is TeamMember =>
  ASSESSOR_ROLES.some((role) => holdsRole(actor, role));
