// What every service answers when it refuses: {error: {code, message, details}}. The message names fields
// and rules, never a value that was sent (it may be about a child).
import { z } from 'zod';

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
