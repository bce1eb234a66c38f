// POST /api/publication/inspections/:id/factual-check: the lead inspector sends the latest version to the YJS
// contact for the factual accuracy check, as the publication workflow's Update, which closes the check at
// the deadline (a durable timer). The deadline is the inspection's own, or the domain's working days
// (default ten) from now. Sent again with the same Idempotency-Key, it is the same Update, answered as the
// first was; another request under the key (another version or deadline) is refused (service-kit
// keyedDecisionRoute).
import { FACTUAL_CHECK_MAX_WORKING_DAYS, FactualCheckBody, FactualCheckView } from '@yji/contracts';
import { actorOf, errorResponses, keyedDecisionRoute, type App, type Decide } from '@yji/service-kit';
import { sendForFactualCheckUpdate } from '@yji/workflows';
import { LEAD, reportRoute } from '../access/report-access.ts';
import type { PublicationDb } from '../db.ts';
import { loadFactualCheck } from '../report/factual-check.ts';
import { checkDeadline } from './check-deadline.ts';

export function registerSendForCheck(app: App, db: PublicationDb, decide: Decide) {
  app.post(
    '/api/publication/inspections/:id/factual-check',
    keyedDecisionRoute(
      db,
      reportRoute(db, LEAD, {
        summary: 'Send the latest version to the YJS contact for the factual accuracy check',
        description:
          'Until `deadline`, or `workingDays` working days (default ten, Monday to Friday) from today. A ' +
          'version other than the latest answers 409 stale-version; a deadline already past, or more than ' +
          `${FACTUAL_CHECK_MAX_WORKING_DAYS} working days away, 400.`,
        body: FactualCheckBody,
        response: { 200: FactualCheckView, ...errorResponses(202, 409) },
      }),
    ),
    async (request) => {
      const { id } = request.params;
      const until = checkDeadline(request.body);
      await decide(
        id,
        sendForFactualCheckUpdate,
        { actor: actorOf(request), draftVersion: request.body.version, deadline: until.toISOString() },
        request.headers['idempotency-key'],
      );
      return (await loadFactualCheck(db, id))!;
    },
  );
}
