// GET and POST /cases/:taskId/alert: anyone on the case — its assessor, a QA reviewer, the lead inspector —
// raises a safeguarding alert (002 Alert & Action: 1.14.1, 5.15.1–5.15.2, p.3). The shape is the contract's
// and the rules are the domain's (alertProblems); the fieldwork service checks both again and decides who may.
// What was seen is about a child: it goes in the body only, never in a notice, a title or an address. The form
// carries its Idempotency-Key, so an alert sent twice is raised once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AlertAtRisk, AlertConcern, AlertRoute, AlertUrgency, RaiseAlertBody } from '@yji/contracts';
import { alertProblems } from '@yji/domain';
import { formErrors, maxLengthOf, tooLong, type FieldError } from '../web/form-errors.ts';
import { allValues, firstValue, type Form } from '../web/form-fields.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { pathId } from './inspection-params.ts';
import { apiFor, doneThen, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

const alertPage = [signedIn, needsRole('inspector', 'local-assessor', 'qa-reviewer', 'lead-inspector')];

/** Each field's message, in the GOV.UK style; the first problem of a field wins. */
const MESSAGES: Readonly<Record<string, string>> = {
  concerns: 'Choose what the concern is about',
  atRisk: 'Choose who is not safe (harm to self or exploitation puts a child at risk)',
  urgency: 'Choose how urgent it is',
  seen: 'Enter what you saw, without names',
  done: 'Enter what you have done so far',
  forwardedBy: 'Choose how the details also reach the lead inspector (an immediate alert not by email alone)',
};

/** The text fields' limits, the contract's, for their character counts and their messages when passed. */
const LIMITS = { seen: maxLengthOf(RaiseAlertBody.shape.seen), done: maxLengthOf(RaiseAlertBody.shape.done) };
const TOO_LONG: Readonly<Record<string, string>> = {
  seen: tooLong('What you saw', RaiseAlertBody.shape.seen),
  done: tooLong('What you have done so far', RaiseAlertBody.shape.done),
};

/** Options whose code does not read well once humanised. */
export const ROUTE_LABELS: Readonly<Record<string, string>> = {
  yji: 'Through this service only',
  telephone: 'By telephone',
  email: 'By email',
};

/** This form raised an alert with other details already: sent again, it raises another. */
const SENT_BEFORE = {
  field: 'concerns',
  text: 'This form raised an alert before, with other details. Send it again to raise another alert',
};

/** Where the person came from: their case form or the review page, never an address from the form. */
const backTo = (taskId: string, from: string) => (from === 'qa' ? `/qa/${taskId}` : `/tasks/${taskId}`);

export function registerRaiseAlert(app: FastifyInstance, deps: RouteDeps) {
  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { concerns: string[]; atRisk: string[]; [field: string]: string | string[] },
    errors: FieldError[] = [],
  ) => {
    const taskId = pathId(request, 'taskId');
    const from = firstValue((request.query as Form).from ?? (request.body as Form | undefined)?.from);
    return page(request, reply.status(errors.length ? 400 : 200), 'alerts/raise.njk', {
      title: 'Raise a safeguarding alert',
      taskId,
      from: from === 'qa' ? 'qa' : 'task',
      options: {
        concerns: AlertConcern.options,
        atRisk: AlertAtRisk.options,
        urgency: AlertUrgency.options,
        forwardedBy: AlertRoute.options,
      },
      labels: ROUTE_LABELS,
      limits: LIMITS,
      values,
      ...formErrors(errors),
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'The case', href: backTo(taskId, from) },
      ],
    });
  };
  app.get('/cases/:taskId/alert', { preHandler: alertPage }, (request, reply) =>
    show(request, reply, { concerns: [], atRisk: [], idempotencyKey: newFormKey() }),
  );
  app.post('/cases/:taskId/alert', { preHandler: alertPage }, async (request, reply) => {
    const taskId = pathId(request, 'taskId');
    const form = request.body as Form;
    const values = {
      concerns: allValues(form.concerns),
      atRisk: allValues(form.atRisk),
      urgency: firstValue(form.urgency),
      seen: firstValue(form.seen),
      done: firstValue(form.done),
      forwardedBy: firstValue(form.forwardedBy),
      idempotencyKey: formKeyOf(firstValue(form.idempotencyKey)) ?? newFormKey(),
    };
    const { idempotencyKey, ...report } = values;
    const parsed = RaiseAlertBody.safeParse(report);
    // Each field's first problem: text past its limit has its own message, any other the field's.
    const problems = parsed.success
      ? alertProblems(parsed.data).map(({ field }) => ({ field, tooBig: false }))
      : parsed.error.issues.map((issue) => ({
          field: String(issue.path[0]),
          tooBig: issue.code === 'too_big',
        }));
    const errors = Object.keys(MESSAGES).flatMap((field) => {
      const first = problems.find((problem) => problem.field === field);
      if (!first) return [];
      return [{ field, text: (first.tooBig && TOO_LONG[field]) || MESSAGES[field]! }];
    });
    if (!parsed.success || errors.length) return show(request, reply, values, errors);
    const raised = await apiFor(deps, request).send(
      'POST',
      `/api/fieldwork/tasks/${taskId}/alerts`,
      parsed.data,
      idempotencyKey,
    );
    if (!raised.ok && raised.error.code === 'idempotency-key-reused')
      return show(request, reply, { ...values, idempotencyKey: newFormKey() }, [SENT_BEFORE]);
    if (!raised.ok) {
      const text = 'The alert could not be raised on this case. Tell the lead inspector directly';
      return show(request, reply, values, [{ field: 'concerns', text }]);
    }
    return doneThen(
      request,
      reply,
      'Safeguarding alert raised. The lead inspector has been told.',
      backTo(taskId, firstValue(form.from)),
    );
  });
}
