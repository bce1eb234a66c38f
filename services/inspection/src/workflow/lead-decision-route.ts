// The route options every lead inspector's decision shares: the team's lead only; an Idempotency-Key that
// makes a retry safe, and, once access and validation have passed, a key sent before with another request
// refused 422 idempotency-key-reused before anything is sent (service-kit request-key.ts); and a decision's
// answers besides the route's own (202 still in progress, that 422).
import type { FastifyRequest } from 'fastify';
import { IdempotencyKeyHeaders } from '@yji/contracts';
import { refuseReusedKey, REQUEST_KEY_DESCRIPTION, type TeamRouteSchema } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { decisionResponses } from './lead-decisions.ts';

type DecisionSchema = Omit<TeamRouteSchema, 'headers'> & { description: string };

export const leadDecisionRoute = <const S extends DecisionSchema>(db: InspectionDb, schema: S) => ({
  ...teamRoute(db, LEAD, {
    ...schema,
    description: `${schema.description} ${REQUEST_KEY_DESCRIPTION}`,
    headers: IdempotencyKeyHeaders,
    response: { ...schema.response, ...decisionResponses() },
  }),
  // After validation: the params are the inspection's id.
  preHandler: (request: FastifyRequest) =>
    refuseReusedKey(db.requestKey, request, (request.params as { id: string }).id),
});
