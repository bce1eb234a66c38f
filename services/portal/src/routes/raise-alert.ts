// GET and POST /cases/:taskId/alert: anyone on the case — its assessor, a QA reviewer, the lead inspector —
// raises a safeguarding alert (002 Alert & Action: 1.14.1, 5.15.1–5.15.2, p.3). The shape is the contract's
// and the rules are the domain's (alertProblems); the fieldwork service checks both again and decides who may.
// What was seen is about a child: it goes in the body only, never in a notice, a title or an address. The form
// carries its Idempotency-Key, so an alert sent twice is raised once. The page names its case by reference
// (a caption and the breadcrumb only, as the case page does: never its title, a notice or an address).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AlertAtRisk,
  AlertConcern,
  AlertRoute,
  AlertUrgency,
  ASSESSOR_ROLES,
  RaiseAlertBody,
} from '@yji/contracts';
import { alertProblems, type AlertRule } from '@yji/domain';
import { formErrors, maxLengthOf, tooLong, type FieldError } from '../web/form-errors.ts';
import { allValues, firstValue, type Form } from '../web/form-fields.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { pathId } from './inspection-params.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { apiFor, doneThen, needsRole, page, signedIn, userOf, type RouteDeps } from './route-deps.ts';

const alertPage = [signedIn, needsRole('inspector', 'local-assessor', 'qa-reviewer', 'lead-inspector')];

/** Each field's message, in the GOV.UK style, for a field left empty or wrong; the first problem of a field wins. */
const MESSAGES: Readonly<Record<string, string>> = {
  concerns: 'Choose what the concern is about',
  atRisk: 'Choose who is not safe',
  urgency: 'Choose how urgent it is',
  seen: 'Enter what you saw, without names',
  done: 'Enter what you have done so far',
  forwardedBy: 'Choose how else the details reach the lead inspector',
};

/** A rule between fields (the domain's alertProblems) said as what to choose, then why. */
const RULE_MESSAGES: Readonly<Record<Exclude<AlertRule, 'missing'>, string>> = {
  'exploitation-puts-a-child-at-risk':
    'Choose this child or another child: child sexual exploitation puts a child at risk',
  'harm-to-self-puts-this-child-at-risk': 'Choose this child: harm to self puts this child at risk',
  'immediate-not-by-email-alone':
    'Choose through this service, in person or by telephone: an immediate alert does not go by email alone',
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

/** Who may read a case's task (its assessor, the lead inspector); the fieldwork service decides which task. */
const TASK_READERS: readonly string[] = [...ASSESSOR_ROLES, 'lead-inspector'];

/**
 * The case's reference, read as the page the person came from reads the case: from the QA review page (or
 * by someone no task is readable by, a QA reviewer) the review, else the task. Either read is of case data,
 * audited by the fieldwork service as `case.read` (on the review or the task). Refused (not theirs: 404; no
 * review yet; another role: 403) or failing, the page names no case and still works: the alert goes to the
 * fieldwork service, which decides.
 */
async function caseRefOf(deps: RouteDeps, request: FastifyRequest, taskId: string, from: string) {
  const readsTask = from !== 'qa' && userOf(request).roles.some((role) => TASK_READERS.includes(role));
  const path = readsTask ? `/api/fieldwork/tasks/${taskId}` : `/api/fieldwork/reviews/${taskId}`;
  // A failing fieldwork service must not cost the person the words they typed (the form shown again).
  const read = await partOf(request, 'case reference', () =>
    apiFor(deps, request).send<{ caseRef?: string }>('GET', path),
  );
  return !isUnavailable(read) && read.ok ? read.body.caseRef : undefined;
}

export function registerRaiseAlert(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { concerns: string[]; atRisk: string[]; [field: string]: string | string[] },
    errors: FieldError[] = [],
  ) => {
    const taskId = pathId(request, 'taskId');
    const from = firstValue((request.query as Form).from ?? (request.body as Form | undefined)?.from);
    const caseRef = await caseRefOf(deps, request, taskId, from);
    return page(request, reply.status(errors.length ? 400 : 200), 'alerts/raise.njk', {
      // Never the case's reference: a title is kept in the browser's history and tabs' lists.
      title: 'Raise a safeguarding alert',
      taskId,
      caseRef,
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
        { text: caseRef ? `Case ${caseRef}` : 'The case', href: backTo(taskId, from) },
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
    // Each field's first problem: text past its limit and a rule between fields have their own message, any
    // other the field's.
    const problems = parsed.success
      ? alertProblems(parsed.data).map(({ field, rule }) => ({
          field,
          text: rule === 'missing' ? undefined : RULE_MESSAGES[rule],
        }))
      : parsed.error.issues.map((issue) => ({
          field: String(issue.path[0]),
          text: issue.code === 'too_big' ? TOO_LONG[String(issue.path[0])] : undefined,
        }));
    const errors = Object.keys(MESSAGES).flatMap((field) => {
      const first = problems.find((problem) => problem.field === field);
      if (!first) return [];
      return [{ field, text: first.text ?? MESSAGES[field]! }];
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
