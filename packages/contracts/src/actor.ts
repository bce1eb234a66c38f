// Who asked for a change, carried from the HTTP request through the workflow to the service that makes
// it, so the audit entry names the person and the request.
import { z } from 'zod';
import { Role, UserId } from './roles.ts';

export const Actor = z.strictObject({ userId: UserId, roles: z.array(Role), requestId: z.string().max(100) });
export type Actor = z.infer<typeof Actor>;

/** A person's request as a workflow Update carries it: the actor (for audit) with what they ask. */
export const withActor = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject({ actor: Actor, ...shape });
