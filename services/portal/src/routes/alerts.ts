// GET /inspections/:id/alerts: the inspection's safeguarding alerts, newest first, for its lead inspector;
// POST …/alerts/:alertId/acknowledge, /actions and /outcome follow an alert to its end (002 Alert & Action).
// What was seen is about a child: it is shown on this page only, never in a notice, title or address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AlertActionBody, AlertOutcomeBody, type AlertList } from '@yji/contracts';
import { formErrors, formValues, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { ROUTE_LABELS } from './raise-alert.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

/** Alerts waiting for the lead inspector to acknowledge them. */
export const UNACKNOWLEDGED = new Set(['raised', 'escalated']);

/**
 * Each move the page sends: its form field and body (if any), the message for a field empty or too long (the
 * body's limit), and what it says after.
 */
const MOVES = {
  acknowledge: { text: undefined, done: 'Alert acknowledged. Record what is done about it.' },
  actions: {
    text: {
      field: 'action',
      body: AlertActionBody,
      message: 'Enter what has been done, in 4,000 characters or fewer',
    },
    done: 'Action recorded.',
  },
  outcome: {
    text: {
      field: 'outcome',
      body: AlertOutcomeBody,
      message: 'Enter how the alert ended, in 4,000 characters or fewer',
    },
    done: 'Outcome recorded. The alert is closed.',
  },
} as const;

export function registerAlerts(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { alertId?: string; values?: Record<string, string>; errors?: FieldError[] } = {},
  ) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { alerts } = await apiFor(deps, request).get<z.infer<typeof AlertList>>(
      `/api/fieldwork/inspections/${id}/alerts`,
    );
    // Field ids carry the alert's id, so an error summary's link reaches the right form.
    const errors = (form.errors ?? []).map((error) => ({
      ...error,
      field: `${error.field}-${form.alertId}`,
    }));
    return page(request, reply.status(errors.length ? 400 : 200), 'lead/alerts.njk', {
      title: 'Safeguarding alerts',
      section: 'inspections',
      inspection,
      alerts: alerts.map((alert) => ({ ...alert, waiting: UNACKNOWLEDGED.has(alert.state) })),
      formAlertId: form.alertId,
      routeLabels: ROUTE_LABELS,
      values: form.values ?? {},
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/alerts', { preHandler: leadPage }, (request, reply) => show(request, reply));
  for (const [move, spec] of Object.entries(MOVES)) {
    app.post(`/inspections/:id/alerts/:alertId/${move}`, { preHandler: leadPage }, async (request, reply) => {
      const { id } = await leadsInspection(deps, request);
      const alertId = pathId(request, 'alertId');
      const values = formValues(request.body);
      const { text } = spec;
      const body = text?.body.safeParse({ [text.field]: (values[text.field] ?? '').trim() });
      if (text && !body?.success)
        return show(request, reply, { alertId, values, errors: [{ field: text.field, text: text.message }] });
      const moved = await apiFor(deps, request).send(
        'POST',
        `/api/fieldwork/alerts/${alertId}/${move}`,
        body?.data,
      );
      if (!moved.ok) {
        const field = text?.field ?? 'acknowledge';
        const refusal = 'The alert has moved on since this page was shown, or it is not yours to act on';
        return show(request, reply, { alertId, values, errors: [{ field, text: refusal }] });
      }
      return doneThen(request, reply, spec.done, `/inspections/${id}/alerts#alert-${alertId}`);
    });
  }
}
