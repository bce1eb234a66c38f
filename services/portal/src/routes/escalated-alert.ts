// GET /alerts/:alertId: one safeguarding alert, as the fieldwork service shows it to the signed-in person: to
// the second named person once the lead inspector has not acknowledged it in time, with its moves (acknowledge
// it, record what was done and how it ended: alert-moves.ts). Whom it shows the alert to is the service's to
// decide — anyone else meets the not-found page, as does the second person before the alert escalates — and
// it decides each move again; the page offers the moves only to the person the alert escalated to. What was
// seen is about a child: it is shown on this page only, never in a notice, title or address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AlertView } from '@yji/contracts';
import { formErrors } from '../web/form-errors.ts';
import { errorsOnAlert, registerAlertMoves, type AlertForm } from './alert-moves.ts';
import { alertCard } from './alerts.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { ROUTE_LABELS } from './raise-alert.ts';
import { apiFor, page, signedIn, userOf, type RouteDeps } from './route-deps.ts';

export function registerEscalatedAlert(app: FastifyInstance, deps: RouteDeps) {
  const show = async (request: FastifyRequest, reply: FastifyReply, form: AlertForm = {}) => {
    const alertId = pathId(request, 'alertId');
    const alert = await apiFor(deps, request).get<z.infer<typeof AlertView>>(
      `/api/fieldwork/alerts/${alertId}`,
    );
    const inspectionName = await inspectionCaption(deps, request, alert.inspectionId);
    const escalatedToYou = alert.escalatedAt !== null && alert.escalatesTo === userOf(request).userId;
    const errors = errorsOnAlert(form);
    return page(request, reply.status(errors.length ? 400 : 200), 'alerts/escalated.njk', {
      title: escalatedToYou ? 'Safeguarding alert escalated to you' : 'Safeguarding alert',
      section: 'home',
      inspectionName,
      alert: alertCard(alert),
      escalatedToYou,
      movesTo: '/alerts',
      actable: escalatedToYou,
      formAlertId: form.alertId,
      routeLabels: ROUTE_LABELS,
      values: form.values ?? {},
      ...formErrors(errors),
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  };
  app.get('/alerts/:alertId', { preHandler: signedIn }, (request, reply) => show(request, reply));
  registerAlertMoves(app, deps, {
    path: '/alerts/:alertId',
    preHandler: [signedIn],
    show,
    backTo: async (_request, alertId) => `/alerts/${alertId}`,
  });
}
