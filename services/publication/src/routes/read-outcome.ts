// GET /api/publication/inspections/:id/outcomes/:decisionId: how the lead inspector's decision on the report
// that answered 202 (workflow/publication-decisions.ts) stands: 200 once done, 202 while it goes on, or the
// refusal it met on its turn (a version other than the latest sent for the check, say).
import type { Client } from '@temporalio/client';
import { DECISION_OUTCOME_SCHEMA, type App } from '@yji/service-kit';
import { LEAD, reportRoute } from '../access/report-access.ts';
import type { PublicationDb } from '../db.ts';
import { publicationDecisions } from '../workflow/publication-decisions.ts';

export function registerReadOutcome(app: App, db: PublicationDb, temporal: Client) {
  app.get(
    '/api/publication/inspections/:id/outcomes/:decisionId',
    reportRoute(db, LEAD, DECISION_OUTCOME_SCHEMA),
    (request) => publicationDecisions.outcome(temporal, request.params.id, request.params.decisionId),
  );
}
