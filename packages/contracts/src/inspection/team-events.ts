// Team membership facts: other services keep a read model of who belongs to which inspection.
import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { Role, UserId } from '../roles.ts';

const membership = z.object({
  inspectionId: z.uuid(),
  userId: UserId,
  role: Role,
  /**
   * The inspection service's database clock when the team changed, taken under the team's lock, so in the
   * order the changes were made: a reader applies an event only if it is later than the last it applied for
   * the same membership. Events from before it carry none.
   */
  changedAt: z.iso.datetime({ offset: true }).optional(),
});

export const teamMemberAdded = defineEvent({
  subject: 'yji.inspection.team.member-added',
  payload: membership,
});
export const teamMemberRemoved = defineEvent({
  subject: 'yji.inspection.team.member-removed',
  payload: membership,
});
