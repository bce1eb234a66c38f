// PUT /api/publication/inspections/:id/schedule: the lead inspector sets the publication's date and time and
// the people named for the embargoed preview, or moves them, until it happens — the publication workflow's
// Update, whose timer publishes the report at that time. Only after the factual accuracy check, with every
// comment answered; based on the schedule's version (409 stale-version). Sent again with the same
// Idempotency-Key, it is the same Update, answered as the first was; another request under the key (another
// time or embargo) is refused (service-kit keyedDecisionRoute).
import { problem, ScheduleBody, ScheduleView } from '@yji/contracts';
import {
  actorOf,
  errorResponses,
  HttpError,
  keyedDecisionRoute,
  type App,
  type Decide,
} from '@yji/service-kit';
import { schedulePublicationUpdate } from '@yji/workflows';
import { LEAD, reportRoute } from '../access/report-access.ts';
import type { PublicationDb } from '../db.ts';
import { scheduleView } from '../report/schedule.ts';
import { refuseIfPast } from './refuse-if-past.ts';

export function registerSchedulePublication(app: App, db: PublicationDb, decide: Decide) {
  app.put(
    '/api/publication/inspections/:id/schedule',
    keyedDecisionRoute(
      db,
      reportRoute(db, LEAD, {
        summary: 'Schedule the publication (date and time, embargoed preview for named people), or move it',
        description:
          'After the factual accuracy check, every comment answered (409 otherwise); a time already past, 400; ' +
          'based on the version read (409 stale-version).',
        body: ScheduleBody,
        response: { 200: ScheduleView, ...errorResponses(202, 409) },
      }),
    ),
    async (request) => {
      const { id } = request.params;
      const { version, publishAt, embargo } = request.body;
      // A published report's workflow has finished: say so, rather than that there is no report.
      if ((await db.report.findUnique({ where: { inspectionId: id } }))?.publishedAt)
        throw new HttpError(problem('not-allowed-now', { reason: 'the report is published' }));
      refuseIfPast(new Date(publishAt), 'publishAt');
      await decide(
        id,
        schedulePublicationUpdate,
        {
          actor: actorOf(request),
          version,
          publishAt: new Date(publishAt).toISOString(),
          embargo: [...new Set(embargo)],
        },
        request.headers['idempotency-key'],
      );
      return scheduleView(await db.report.findUniqueOrThrow({ where: { inspectionId: id } }));
    },
  );
}
