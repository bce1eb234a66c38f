// GET /inspections/:id/decisions/:decisionId (and the panel's and the report's, web/decision-under-way.ts
// DECISION_CHECKS): asks the service, through its Location, how a decision stands that was still being carried
// out when the service answered, and goes back to the page the decision was taken on with the outcome: still
// under way (the waiting banner again), done (the success banner), or refused (the error summary with the
// refusal's message). The waiting banner's "Check again" link; with JavaScript, decision-progress.mjs follows
// it and shows the outcome.
import type { FastifyInstance } from 'fastify';
import { problem } from '@yji/contracts';
import { asSentence } from '../api/as-sentence.ts';
import { DecisionInProgress } from '../api/service-api.ts';
import { DECISION_CHECKS, decisionStillUnderWay } from '../web/decision-under-way.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { panelPage } from './ratings-panel.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

const CARRIED_OUT = 'Your decision has been carried out.';
/**
 * The service's answer when no run of the workflow took the decision, so nothing of it happened (a refusal
 * is another answer, with its reason: a case not found, say, is a 404 too).
 */
const NEVER_TAKEN = asSentence(problem('not-found', { what: 'decision' }).message);
const NOT_TAKEN =
  'Your decision was not carried out. Check this page and make it again if it is still needed.';

/** Who may ask: as for the pages the decisions are taken on. */
const ASKERS = { lead: leadPage, panel: panelPage };
/**
 * Where to go back to when this session no longer holds the page the decision was taken on (another session,
 * a new sign-in): a page of the same people's. The panel's decisions are taken on the ratings page, which a
 * panel chair may open; the inspection's own page is the lead inspector's only.
 */
const FALLBACK = { lead: '/inspections/:id', panel: '/inspections/:id/ratings' };

export function registerDecisionProgress(app: FastifyInstance, deps: RouteDeps) {
  for (const { service, portal, takenBy } of DECISION_CHECKS) {
    app.get(portal, { preHandler: ASKERS[takenBy] }, async (request, reply) => {
      const [id, decisionId] = [pathId(request), pathId(request, 'decisionId')];
      const check = portal.replace(':id', id).replace(':decisionId', decisionId);
      const location = service.replace(':id', id).replace(':decisionId', decisionId);
      const underWay = request.session.decisionUnderWay;
      // The page it was taken on, as this session remembers it; else the page those who take it start from.
      const page = underWay?.check === check ? underWay.page : FALLBACK[takenBy].replace(':id', id);
      try {
        const answer = await apiFor(deps, request).send('GET', location);
        if (answer.status >= 500) throw new Error(`GET ${service} answered ${answer.status}`);
        request.session.decisionUnderWay = undefined;
        if (answer.ok) return doneThen(request, reply, CARRIED_OUT, page);
        request.session.refusal = answer.error.message === NEVER_TAKEN ? NOT_TAKEN : answer.error.message;
      } catch (error) {
        if (!(error instanceof DecisionInProgress)) throw error;
        decisionStillUnderWay(request, location, page);
      }
      return reply.redirect(page, 303);
    });
  }
}
