// GET /api/ratings/inspections/:id/pack: the panel pack. It shows case references (in evidence and in the
// figures' sources), so every read is audited. Quality assurance's figures (agreement, returns, alerts) are
// the fieldwork service's, asked for each time: when it does not answer in time the pack still opens,
// without them.
import type { FastifyBaseLogger } from 'fastify';
import { getQaFigures, PanelPack } from '@yji/contracts';
import { sendCommand, type NatsConnection } from '@yji/messaging';
import { auditedRead, type App } from '@yji/service-kit';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { latestSet } from '../panel/latest-set.ts';
import { panelPack } from '../panel/panel-pack.ts';
import { loadPanelRatings } from '../panel/panel-ratings.ts';

const QA_FIGURES_WAIT_MS = 2_000;

/** The fieldwork service's QA figures for the inspection; null when it does not answer in time. */
function qaFiguresOrNull(nc: NatsConnection, inspectionId: string, log: FastifyBaseLogger) {
  return sendCommand(nc, getQaFigures, { inspectionId }, { timeoutMs: QA_FIGURES_WAIT_MS }).catch(
    (err: Error) => {
      log.warn({ err: err.message }, 'QA figures not available for the panel pack');
      return null;
    },
  );
}

export function registerReadPanelPack(app: App, db: RatingsDb, nc: NatsConnection) {
  app.get(
    '/api/ratings/inspections/:id/pack',
    panelRoute(db, PANEL, {
      summary:
        'The panel pack: every standard with its figures, flags, proposal and decision; score and overall',
      description:
        'For the panel (chair, lead inspector, inspectors on the team). Ratings are recomputed from the ' +
        'approved judgements each time, by the rules version shown. `qa.figures` is null when the ' +
        'fieldwork service did not answer in time.',
      response: { 200: PanelPack },
    }),
    auditedRead({
      what: 'ratings panel',
      load: async (id, request) => {
        const ratings = await loadPanelRatings(db, id);
        if (!ratings) return null;
        const qaFigures = await qaFiguresOrNull(nc, id, request.log);
        return panelPack(ratings, await latestSet(db, id), qaFigures);
      },
      audit: (actor, id) => auditPanel(db, actor, id, 'ratings.read', { what: 'pack' }),
      answer: (pack) => pack,
    }),
  );
}
