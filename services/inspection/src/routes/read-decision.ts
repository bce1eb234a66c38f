// GET /api/inspections/:id/decisions/:decisionId: how a lead inspector's decision that answered 202 (still
// being carried out, workflow/lead-decisions.ts) stands: 200 once done, 202 while it goes on, or the refusal
// it met. The decision's own result is then read where it shows (the sample, the progress, the case).
import type { Client } from '@temporalio/client';
import { DECISION_OUTCOME_SCHEMA, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { leadDecisions } from '../workflow/lead-decisions.ts';

export function registerReadDecision(app: App, db: InspectionDb, temporal: Client) {
  app.get(
    '/api/inspections/:id/decisions/:decisionId',
    teamRoute(db, LEAD, DECISION_OUTCOME_SCHEMA),
    (request) => leadDecisions.outcome(temporal, request.params.id, request.params.decisionId),
  );
}
