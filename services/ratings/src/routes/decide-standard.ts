// PUT /api/ratings/inspections/:id/decisions/:standardId: a panel decision on one standard — confirm, or move
// up or down with a rationale — as the ratings panel workflow's Update. After approval it is a correction,
// which the chair must approve again. Sent again with the same Idempotency-Key, it is the same Update, answered
// as the first was; another decision under the key is refused (service-kit keyedDecisionRoute).
import { DecisionBody, StandardParams } from '@yji/contracts';
import { actorOf, errorResponses, keyedDecisionRoute, type App, type Decide } from '@yji/service-kit';
import { decideStandardUpdate } from '@yji/workflows';
import { z } from 'zod';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import type { RatingsDb } from '../db.ts';

const DecisionRecorded = z.object({ standardId: z.string(), version: z.int() });

export function registerDecideStandard(app: App, db: RatingsDb, decide: Decide) {
  app.put(
    '/api/ratings/inspections/:id/decisions/:standardId',
    keyedDecisionRoute(
      db,
      panelRoute(db, PANEL, {
        summary: "The panel's decision on a standard: confirm, or move up or down with a rationale",
        description:
          'A move, and any decision on a standard flagged for a small sample or without a rating, needs a ' +
          'rationale (422 otherwise). Based on the decision’s version (409 stale-version).',
        params: StandardParams,
        body: DecisionBody,
        response: { 200: DecisionRecorded, ...errorResponses(202, 409, 422) },
      }),
    ),
    async (request) => {
      const { id, standardId } = request.params;
      const { version, ...decision } = request.body;
      return decide(
        id,
        decideStandardUpdate,
        { actor: actorOf(request), decision: { standardId, ...decision }, version },
        request.headers['idempotency-key'],
      );
    },
  );
}
