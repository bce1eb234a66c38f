// GET /api/ratings/inspections/:id/final: every approved set of final ratings, newest first; a correction's
// set names the one it supersedes, and both stay. Audited like every read of the ratings.
import { FinalRatingsView } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import { z } from 'zod';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { finalRatingsView } from '../panel/final-ratings.ts';

export function registerReadFinalRatings(app: App, db: RatingsDb) {
  app.get(
    '/api/ratings/inspections/:id/final',
    panelRoute(db, PANEL, {
      summary: 'The approved final ratings, newest first, corrections and the sets they supersede',
      response: { 200: z.array(FinalRatingsView) },
    }),
    async (request) => {
      const { id } = request.params;
      const sets = await db.finalRatingSet.findMany({
        where: { inspectionId: id },
        orderBy: { approvedAt: 'desc' },
        include: { standards: true },
      });
      await auditPanel(db, actorOf(request), id, 'ratings.read', { what: 'final' });
      return sets.map(finalRatingsView);
    },
  );
}
