// The options every route on one case's review shares: who may call it by token role, its tag, its params,
// and the refusals any such route may give (401, 403, 404; 400 a malformed id or body) besides its own.
import type { z } from 'zod';
import { TaskIdParams, type Role } from '@yji/contracts';
import { errorResponses, requireRole } from '@yji/service-kit';

interface ReviewRouteSchema {
  summary: string;
  response: Record<number, z.ZodType>;
}

/** Who may see a review at all; each route narrows it (the domain decides each move). */
export const REVIEW_READERS = [
  'qa-reviewer',
  'lead-inspector',
  'inspector',
  'local-assessor',
] as const satisfies Role[];

export function reviewRoute<const S extends ReviewRouteSchema>(roles: readonly [Role, ...Role[]], schema: S) {
  return {
    onRequest: requireRole(...roles),
    schema: {
      tags: ['quality assurance'],
      params: TaskIdParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
