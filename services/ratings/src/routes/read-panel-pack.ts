// GET /api/ratings/inspections/:id/pack: the panel pack. It shows case references (in evidence and in the
// figures' sources), so every read is audited.
import { InspectionIdParams, PanelPack, problem } from '@yji/contracts';
import { actorOf, HttpError, type App } from '@yji/service-kit';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { latestSet } from '../panel/latest-set.ts';
import { panelPack } from '../panel/panel-pack.ts';
import { loadPanelRatings } from '../panel/panel-ratings.ts';

export function registerReadPanelPack(app: App, db: RatingsDb) {
  app.get(
    '/api/ratings/inspections/:id/pack',
    panelRoute(db, PANEL, {
      summary:
        'The panel pack: every standard with its figures, flags, proposal and decision; score and overall',
      description:
        'For the panel (chair, lead inspector, inspectors on the team). Ratings are recomputed from the ' +
        'approved judgements each time, by the rules version shown.',
      params: InspectionIdParams,
      response: { 200: PanelPack },
    }),
    async (request) => {
      const { id } = request.params;
      const ratings = await loadPanelRatings(db, id);
      if (!ratings) throw new HttpError(problem('not-found', { what: 'ratings panel' }));
      const pack = panelPack(ratings, await latestSet(db, id));
      await db.$transaction((tx) => auditPanel(tx, actorOf(request), id, 'ratings.read', { what: 'pack' }));
      return pack;
    },
  );
}
