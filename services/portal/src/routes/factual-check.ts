// GET /inspections/:id/factual-check: the lead inspector's view of the factual accuracy check — before it is
// sent, the form that sends the latest version to the YJS contact (ten working days by default, or as many
// as the lead gives); after, the version sent, its deadline, and every comment with its response or a link
// to respond, and once every comment is answered, whether the latest version makes the changes accepted (the
// domain's acceptedAfter: accepted after it was saved, they are not in it yet). POST sends it; the
// publication service and its workflow decide whether it may go now.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FactualCheckBody, type FactualCheckView, type ReportDraftView } from '@yji/contracts';
import { acceptedAfter } from '@yji/domain';
import { formValues, refusalOn, type FieldError } from '../web/form-errors.ts';
import { formPage } from './form-page.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { reportApi, reportPlace } from './report.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

const WORKING_DAYS: FieldError = {
  field: 'workingDays',
  text: 'Enter the number of working days the YJS contact has, from 1 to 60',
};

/** Why the service did not send the report, in words about what to do, where the catalogue's are not enough. */
const NOT_SENT = {
  'stale-version': 'Someone saved a newer version of the report: check it, then send it',
  'not-allowed-now': 'The report cannot be sent now: it has been sent already or is published',
};

/** The check once sent, or null before: the service answers 404 until then (403 to a team member without a part in it). */
export const readCheck = (deps: RouteDeps, request: FastifyRequest, id: string) =>
  apiFor(deps, request).find<FactualCheckView>(`${reportApi(id)}/factual-check`);

export function registerFactualCheck(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'report/factual-check.njk', async (request) => {
    const id = pathId(request);
    // The latest version: the one to send, or once sent, the one the answers are weighed against.
    const [check, draft] = await Promise.all([
      readCheck(deps, request, id),
      apiFor(deps, request).get<ReportDraftView>(`${reportApi(id)}/draft`),
    ]);
    const answered = check !== null && check.comments.every((comment) => comment.response);
    return {
      title: 'Factual accuracy check',
      section: 'inspections',
      id,
      check,
      draft,
      answered,
      // By their numbers on the page, once every comment is answered.
      notWorkedIn: answered
        ? acceptedAfter(
            check.comments.map((comment, index) => ({ ...comment, number: index + 1 })),
            draft,
          ).map(({ number }) => number)
        : [],
      values: { workingDays: '10' },
      ...(await reportPlace(deps, request, id, { underReport: true })),
    };
  });

  app.get('/inspections/:id/factual-check', { preHandler: leadPage }, (request, reply) =>
    form.show(request, reply),
  );

  app.post('/inspections/:id/factual-check', { preHandler: leadPage }, async (request, reply) => {
    const id = pathId(request);
    const values = formValues(request.body);
    const days = values.workingDays?.trim() ?? '';
    const parsed = FactualCheckBody.safeParse({
      version: Number(values.version),
      workingDays: /^\d{1,2}$/.test(days) ? Number(days) : Number.NaN,
    });
    if (!parsed.success) {
      const onVersion = parsed.error.issues.some(({ path }) => path[0] === 'version');
      const error = onVersion ? { field: 'send', text: 'Save the report before sending it' } : WORKING_DAYS;
      return form.show(request, reply, { values, errors: [error] });
    }
    return form.send<FactualCheckView>(request, reply, {
      command: ['POST', `${reportApi(id)}/factual-check`, parsed.data],
      refused: (error) => ({ values, errors: [refusalOn('send', error, NOT_SENT)] }),
      done: (sent) => ({
        notice: `Version ${sent.draft.version} sent to the YJS contact`,
        to: `/inspections/${id}/factual-check`,
      }),
    });
  });
}
