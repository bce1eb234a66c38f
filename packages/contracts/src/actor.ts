// Who asked for a change, carried from the HTTP request through the workflow to the service that makes
// it, so the audit entry names the person and the request.
import { z } from 'zod';
import { Role, UserId } from './roles.ts';

export const Actor = z.strictObject({ userId: UserId, roles: z.array(Role), requestId: z.string().max(100) });
export type Actor = z.infer<typeof Actor>;
