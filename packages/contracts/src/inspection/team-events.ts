// Team membership facts: other services keep a read model of who belongs to which inspection.
import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { Role, UserId } from '../roles.ts';

const membership = z.object({ inspectionId: z.uuid(), userId: UserId, role: Role });

export const teamMemberAdded = defineEvent({
  subject: 'yji.inspection.team.member-added',
  payload: membership,
});
export const teamMemberRemoved = defineEvent({
  subject: 'yji.inspection.team.member-removed',
  payload: membership,
});
