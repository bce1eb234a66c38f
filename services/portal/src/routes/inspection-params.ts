// The id in a page's path: a malformed one is a page that does not exist.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';

const Id = z.uuid();

export function pathId(
  request: FastifyRequest,
  name: 'id' | 'taskId' | 'alertId' | 'decisionId' = 'id',
): string {
  const parsed = Id.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new HttpError(problem('not-found', { what: 'page' }));
  return parsed.data;
}
