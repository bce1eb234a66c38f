// The route options every lead inspector's decision shares: the team's lead only; an Idempotency-Key that
// makes a retry safe, a key sent before with another request refused 422 idempotency-key-reused before
// anything is sent (service-kit keyedDecisionRoute); and a decision's answers besides the route's own
// (decisionResponses: 202 still in progress, 422).
import { keyedDecisionRoute, type TeamRouteSchema } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { decisionResponses } from './lead-decisions.ts';

type DecisionSchema = Omit<TeamRouteSchema, 'headers'> & { description: string };

export const leadDecisionRoute = <const S extends DecisionSchema>(db: InspectionDb, schema: S) =>
  keyedDecisionRoute(
    db,
    teamRoute(db, LEAD, { ...schema, response: { ...schema.response, ...decisionResponses() } }),
  );
