// GET and POST /inspections/:id/schedule: the lead inspector sets the publication's date and time (a GOV.UK
// date input and a 24-hour time, in UK time like every time the portal shows) and names the people who may
// see the embargoed preview (by email address or user id); or moves them, until it happens. The publication
// service says when it may be set (after the factual accuracy check, every comment answered) and refuses a
// save based on an older schedule. The page names the version that will be published — the latest, as the
// service publishes the latest when the time comes — and warns, without stopping the lead, while comments
// they accepted came after it was saved (the domain's acceptedAfter).
import type { FastifyInstance } from 'fastify';
import { ScheduleBody, type ReportDraftView, type ScheduleView } from '@yji/contracts';
import { acceptedAfter, isIsoDate, ukInstant, ukWallClock } from '@yji/domain';
import { fieldsByPath, formValues, isoDateFrom, issuesAsErrors, refusalOn } from '../web/form-errors.ts';
import { govukDateTime } from '../web/nunjucks-filters.ts';
import type { Known } from '../people/directory.ts';
import { withUnknownPeople } from '../people/unknown-people.ts';
import { readCheck } from './factual-check.ts';
import { formPage } from './form-page.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { reportApi, reportPlace } from './report.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

const FIELDS = fieldsByPath({
  publishAt: { field: 'publishAt-day', text: 'Enter a real date, in the future' },
  time: 'Enter a time on the 24-hour clock, such as 09:30',
  embargo:
    'Enter email addresses or user ids separated by commas, using letters, digits and . _ @ - (at most 50 people)',
});

/** "9:30" or "09:30" on the 24-hour clock, as "09:30", or '' when it is not a time. */
const timeFrom = (text: string) => {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : '';
};

/** Why the service did not schedule it, in words about what to do, where the catalogue's are not enough. */
const NOT_SCHEDULED = {
  'stale-version': 'Someone changed the schedule while you were: check it below, then save again',
  'not-allowed-now':
    'Publication can be scheduled only after the factual accuracy check, with every comment answered, and before it happens',
};

/**
 * The form's fields from a schedule: the date's parts and the time, as UK clocks show them, and the people
 * named by the addresses they sign in with.
 */
function valuesOf(schedule: ScheduleView, people: Known): Record<string, string> {
  const embargo = schedule.embargo.map(people.addressOf).join(', ');
  if (!schedule.publishAt) return { embargo };
  const { day, time } = ukWallClock(new Date(schedule.publishAt));
  const [year, month, date] = day.split('-').map(Number);
  return {
    'publishAt-day': String(date),
    'publishAt-month': String(month),
    'publishAt-year': String(year),
    time: time.slice(0, 5),
    embargo,
  };
}

export function registerSchedule(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'report/schedule.njk', async (request) => {
    const id = pathId(request);
    const api = apiFor(deps, request);
    const schedule = await api.get<ScheduleView>(`${reportApi(id)}/schedule`);
    // Until it is published: the latest version, which is what will be published, and the comments accepted
    // since it was saved.
    const [draft, check] = schedule.publishedAt
      ? [undefined, null]
      : await Promise.all([api.get<ReportDraftView>(`${reportApi(id)}/draft`), readCheck(deps, request, id)]);
    return {
      title: 'Schedule publication',
      section: 'inspections',
      id,
      schedule,
      draft,
      notWorkedIn: draft && check ? acceptedAfter(check.comments, draft).length : 0,
      values: valuesOf(schedule, await deps.people.known()),
      ...(await reportPlace(deps, request, id, { underReport: true })),
    };
  });

  app.get('/inspections/:id/schedule', { preHandler: leadPage }, (request, reply) =>
    form.show(request, reply),
  );

  app.post('/inspections/:id/schedule', { preHandler: leadPage }, async (request, reply) => {
    const id = pathId(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = formValues(body);
    const date = isoDateFrom(body, 'publishAt');
    const time = timeFrom(values.time ?? '');
    const { userIds, unknown } = await deps.people.userIdsOf(
      (values.embargo ?? '').split(/[\s,]+/).filter(Boolean),
    );
    const parsed = ScheduleBody.safeParse({
      version: Number(values.version),
      publishAt: isIsoDate(date) && time ? ukInstant(date, time).toISOString() : '',
      embargo: userIds,
    });
    if (!parsed.success || unknown.length) {
      // A real date with a time that is not one: the time is what to correct.
      const errors = parsed.success
        ? []
        : issuesAsErrors(parsed.error.issues, FIELDS).map((error) =>
            error.field === FIELDS.publishAt!.field && date && !time ? FIELDS.time! : error,
          );
      return form.show(request, reply, {
        values,
        errors: withUnknownPeople(errors, { field: 'embargo', unknown }, FIELDS),
      });
    }
    return form.send(request, reply, {
      command: ['PUT', `${reportApi(id)}/schedule`, parsed.data],
      // A schedule changed meanwhile is shown as it is now, to be checked and saved again.
      refused: (error) => ({
        ...(error.code === 'stale-version' ? {} : { values }),
        errors: [
          error.code === 'invalid-request'
            ? FIELDS.publishAt!
            : refusalOn('publishAt-day', error, NOT_SCHEDULED),
        ],
      }),
      done: () => ({
        notice: `Publication scheduled for ${govukDateTime(parsed.data.publishAt)}`,
        to: `/inspections/${id}/schedule`,
      }),
    });
  });
}
