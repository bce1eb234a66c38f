// GET /api/ratings/inspections/:id/outcomes/:decisionId: how a panel decision or the chair's approval that
// answered 202 (workflow/panel-decisions.ts) stands: 200 once done, 202 while it goes on, or the refusal it met
// on its turn (a decision made on a version another panel member had changed, say), which the pack cannot show.
import type { Client } from '@temporalio/client';
import { DECISION_OUTCOME_SCHEMA, type App } from '@yji/service-kit';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import type { RatingsDb } from '../db.ts';
import { panelDecisions } from '../workflow/panel-decisions.ts';

export function registerReadOutcome(app: App, db: RatingsDb, temporal: Client) {
  app.get(
    '/api/ratings/inspections/:id/outcomes/:decisionId',
    panelRoute(db, PANEL, DECISION_OUTCOME_SCHEMA),
    (request) => panelDecisions.outcome(temporal, request.params.id, request.params.decisionId),
  );
}
