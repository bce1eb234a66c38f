// GET /api/ratings/inspections/:id/pack: the panel pack. It shows case references (in evidence and in the
// figures' sources), so every read is audited. Quality assurance's figures (agreement, returns, alerts) and
// the cases it approved or reopened are the fieldwork service's, asked for each time, both at once: those
// give how many cases the ratings do not yet hold as quality assurance does, counted as the chair's approval
// counts them (so the panel sees before approving what would refuse it). When the service does not answer in time the pack still
// opens, without them.
import type { FastifyBaseLogger } from 'fastify';
import { getQaFigures, PanelPack } from '@yji/contracts';
import { sendCommand, type NatsConnection } from '@yji/messaging';
import { auditedRead, type App } from '@yji/service-kit';
import { PANEL, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { approvedCasesOf, countJudgementsPending } from '../panel/judgements-pending.ts';
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

/**
 * How many cases the ratings do not yet hold as quality assurance does (countJudgementsPending); null when the
 * fieldwork service does not answer within the approval's own wait.
 */
async function judgementsPendingOrNull(
  db: RatingsDb,
  nc: NatsConnection,
  inspectionId: string,
  log: FastifyBaseLogger,
) {
  const approved = await approvedCasesOf(nc, inspectionId).catch((err: Error) => {
    log.warn({ err: err.message }, 'approved cases not available for the panel pack');
    return null;
  });
  return approved ? countJudgementsPending(db, inspectionId, approved) : null;
}

export function registerReadPanelPack(app: App, db: RatingsDb, nc: NatsConnection) {
  app.get(
    '/api/ratings/inspections/:id/pack',
    panelRoute(db, PANEL, {
      summary:
        'The panel pack: every standard with its figures, flags, proposal and decision; score and overall',
      description:
        'For the panel (chair, lead inspector, inspectors on the team). Ratings are recomputed from the ' +
        'approved judgements each time, by the rules version shown. `judgementsPending` counts the cases ' +
        'quality assurance approved whose judgements have not reached the ratings service yet, and those it ' +
        "reopened whose judgements still count, as the chair's approval does (it answers 409 " +
        'judgements-pending while any is). `qa.figures` and ' +
        '`judgementsPending` are null when the fieldwork service did not answer in time.',
      response: { 200: PanelPack },
    }),
    auditedRead({
      what: 'ratings panel',
      load: async (id, request) => {
        const ratings = await loadPanelRatings(db, id);
        if (!ratings) return null;
        const [qaFigures, judgementsPending] = await Promise.all([
          qaFiguresOrNull(nc, id, request.log),
          judgementsPendingOrNull(db, nc, id, request.log),
        ]);
        return panelPack(ratings, await latestSet(db, id), { qaFigures, judgementsPending });
      },
      audit: (actor, id) => auditPanel(db, actor, id, 'ratings.read', { what: 'pack' }),
      answer: (pack) => pack,
    }),
  );
}
