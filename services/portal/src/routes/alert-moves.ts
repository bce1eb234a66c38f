// The moves that follow a safeguarding alert to its end (002 Alert & Action) — acknowledge it, record what was
// done, record how it ended — sent from each page that shows an alert: the lead inspector's list and the page
// of an alert escalated to the second named person. The fieldwork service decides who may make each move; a
// refusal comes back beside the form it was sent from. An action adds a record each time, so its form carries
// an Idempotency-Key (alertCard's): sent twice, it is recorded once.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { AlertActionBody, AlertOutcomeBody } from '@yji/contracts';
import { formValues, issuesAsErrors, refusalOn, tooLong, type FieldError } from '../web/form-errors.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { pathId } from './inspection-params.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

/** A form of the page sent back: whose alert it was for, what was entered and what is wrong with it. */
export interface AlertForm {
  alertId?: string;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/**
 * Each move the page sends: its form field and body (if any), the messages for a field empty and for one too
 * long (the body's limit), and what it says after.
 */
const MOVES = {
  acknowledge: { text: undefined, done: 'Alert acknowledged. Record what is done about it.' },
  actions: {
    text: {
      field: 'action',
      body: AlertActionBody,
      empty: 'Enter what has been done',
      tooLong: tooLong('What has been done', AlertActionBody.shape.action),
    },
    done: 'Action recorded.',
    /** This form's key recorded another action already: sent again, the form records a new one. */
    sentBefore:
      'This form recorded an action before, with other words. Send it again to record another action',
  },
  outcome: {
    text: {
      field: 'outcome',
      body: AlertOutcomeBody,
      empty: 'Enter how the alert ended',
      tooLong: tooLong('How the alert ended', AlertOutcomeBody.shape.outcome),
    },
    done: 'Outcome recorded. The alert is closed.',
  },
} as const;

/** Why the move was not made, where the catalogue's words are not enough. */
const NOT_MOVED = {
  'alert-not-open': 'The alert has moved on since this page was shown: check it as it is now',
  'duty-refused': 'This alert is not yours to act on',
  forbidden: 'This alert is not yours to act on',
};

/**
 * A page's errors with each field's id carrying the alert's, as its template names them, so an error
 * summary's link reaches the right form on a page of several alerts.
 */
export const errorsOnAlert = (form: AlertForm) =>
  (form.errors ?? []).map((error) => ({ ...error, field: `${error.field}-${form.alertId}` }));

export interface AlertPage {
  /** The page's path, with `:alertId`; each move is sent to it followed by `/<move>`. */
  path: string;
  preHandler: preHandlerHookHandler[];
  /** The page again with the form sent, its values and the error beside it (400). */
  show: (request: FastifyRequest, reply: FastifyReply, form: AlertForm) => Promise<unknown>;
  /**
   * Where the page goes back to once the move is made, read before it is sent, so a page the person cannot
   * reach sends nothing.
   */
  backTo: (request: FastifyRequest, alertId: string) => Promise<string>;
}

export function registerAlertMoves(app: FastifyInstance, deps: RouteDeps, alertPage: AlertPage) {
  for (const [move, spec] of Object.entries(MOVES)) {
    app.post(`${alertPage.path}/${move}`, { preHandler: alertPage.preHandler }, async (request, reply) => {
      const alertId = pathId(request, 'alertId');
      const to = await alertPage.backTo(request, alertId);
      const values = formValues(request.body);
      const { text } = spec;
      const body = text?.body.safeParse({ [text.field]: (values[text.field] ?? '').trim() });
      if (text && !body?.success)
        return alertPage.show(request, reply, {
          alertId,
          values,
          errors: issuesAsErrors(body!.error.issues, {
            [text.field]: { field: text.field, text: text.empty, tooLong: text.tooLong },
          }),
        });
      const keyed = 'sentBefore' in spec ? spec : undefined;
      const moved = await apiFor(deps, request).send(
        'POST',
        `/api/fieldwork/alerts/${alertId}/${move}`,
        body?.data,
        keyed && formKeyOf(values.idempotencyKey),
      );
      if (keyed && !moved.ok && moved.error.code === 'idempotency-key-reused')
        return alertPage.show(request, reply, {
          alertId,
          values: { ...values, idempotencyKey: newFormKey() },
          errors: [{ field: keyed.text.field, text: keyed.sentBefore }],
        });
      // About the alert rather than a field: its form may be gone from the page as it stands now.
      if (!moved.ok)
        return alertPage.show(request, reply, {
          alertId,
          values,
          errors: [refusalOn('alert', moved.error, NOT_MOVED, moved.status)],
        });
      return doneThen(request, reply, spec.done, to);
    });
  }
}
