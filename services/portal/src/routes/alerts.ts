// GET /inspections/:id/alerts: the inspection's safeguarding alerts, newest first, for its lead inspector;
// POST …/alerts/:alertId/acknowledge, /actions and /outcome follow an alert to its end (alert-moves.ts).
// What was seen is about a child: it is shown on this page only, never in a notice, title or address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AlertList, AlertView } from '@yji/contracts';
import { formErrors } from '../web/form-errors.ts';
import { newFormKey } from '../web/form-key.ts';
import { errorsOnAlert, registerAlertMoves, type AlertForm } from './alert-moves.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { ROUTE_LABELS } from './raise-alert.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

/** Alerts waiting for someone to acknowledge them. */
export const UNACKNOWLEDGED = new Set(['raised', 'escalated']);

/**
 * An alert as its card shows it (alerts/alert-card.njk): whether it waits for acknowledgement, and the key its
 * action form sends, so an action sent twice is recorded once.
 */
export const alertCard = (alert: z.infer<typeof AlertView>) => ({
  ...alert,
  waiting: UNACKNOWLEDGED.has(alert.state),
  actionKey: newFormKey(),
});

export function registerAlerts(app: FastifyInstance, deps: RouteDeps) {
  const show = async (request: FastifyRequest, reply: FastifyReply, form: AlertForm = {}) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { alerts } = await apiFor(deps, request).get<z.infer<typeof AlertList>>(
      `/api/fieldwork/inspections/${id}/alerts`,
    );
    const errors = errorsOnAlert(form);
    return page(request, reply.status(errors.length ? 400 : 200), 'lead/alerts.njk', {
      title: 'Safeguarding alerts',
      section: 'inspections',
      inspection,
      alerts: alerts.map(alertCard),
      movesTo: `/inspections/${id}/alerts`,
      // The lead inspector makes every alert's moves of the inspection they lead.
      actable: true,
      formAlertId: form.alertId,
      routeLabels: ROUTE_LABELS,
      values: form.values ?? {},
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/alerts', { preHandler: leadPage }, (request, reply) => show(request, reply));
  registerAlertMoves(app, deps, {
    path: '/inspections/:id/alerts/:alertId',
    preHandler: leadPage,
    show,
    backTo: async (request, alertId) => {
      const { id } = await leadsInspection(deps, request);
      return `/inspections/${id}/alerts#alert-${alertId}`;
    },
  });
}
