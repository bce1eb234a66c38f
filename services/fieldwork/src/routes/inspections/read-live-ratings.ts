// GET /api/fieldwork/inspections/:inspectionId/live-ratings: where each key question stands during fieldwork
// and QA — the share of yes among the judgements standing as submitted and among the approved ones, the band,
// and how many more yes or no judgements would cross a band boundary (packages/domain liveStandings; the
// rating rules are the domain's, never repeated here). For the lead inspector; audited.
import { LiveRatingsView } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';
import { liveCasesOf } from '../../qa/live-cases.ts';
import { liveStandings } from '@yji/domain';

export function registerReadLiveRatings(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/inspections/:inspectionId/live-ratings',
    inspectionRoute(db, ['lead-inspector'], {
      tags: ['quality assurance'],
      summary: 'Live ratings: each key question’s share of yes, band and distance to the next band',
      response: { 200: LiveRatingsView },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const cases = await liveCasesOf(db, inspectionId);
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'live-ratings.read',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: { cases: cases.length },
      });
      return { inspectionId, ...liveStandings(cases) };
    },
  );
}
