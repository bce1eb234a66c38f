// GET and POST /inspections/:id/ratings/decisions/:standardId: the panel's decision on one standard —
// confirm, or move up or down with the evidence it rests on. A standard flagged for a small sample or
// without a rating needs a rationale even to be decided; the ratings service and its workflow say so.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DecisionBody, Rating, StandardId, problem, type PanelPack } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formErrors, formValues, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { panelBreadcrumbs, panelPage, readPack } from './ratings-panel.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

const FIELDS: Record<string, FieldError> = {
  decision: { field: 'decision', text: 'Choose whether the panel confirms the rating or moves it' },
  to: { field: 'to', text: 'Choose the rating the panel moves it to' },
  rationale: { field: 'rationale', text: 'Enter the evidence the decision rests on' },
};

/** A service's reason as a GOV.UK message: its last clause, starting with a capital. */
const sentence = (message: string) => {
  const last = message.split(': ').at(-1) ?? message;
  return last.charAt(0).toUpperCase() + last.slice(1);
};

function standardOf(request: FastifyRequest, pack: PanelPack) {
  const standardId = StandardId.safeParse((request.params as { standardId?: string }).standardId);
  const standard = pack.standards.find(({ id }) => standardId.success && id === standardId.data);
  if (!standard) throw new HttpError(problem('not-found', { what: 'page' }));
  return standard;
}

export function registerRatingsDecision(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FieldError[] = [],
  ) => {
    const { id, pack } = await readPack(deps, request);
    const standard = standardOf(request, pack);
    return page(request, reply.status(errors.length ? 400 : 200), 'panel/decision.njk', {
      title: `Decide standard ${standard.id}`,
      section: 'ratings',
      id,
      standard,
      ratings: Rating.options,
      values,
      ...formErrors(errors),
      breadcrumbs: panelBreadcrumbs(id),
    });
  };
  const path = '/inspections/:id/ratings/decisions/:standardId';
  app.get(path, { preHandler: panelPage }, (request, reply) => show(request, reply, {}));
  app.post(path, { preHandler: panelPage }, async (request, reply) => {
    const { id, pack } = await readPack(deps, request);
    const standard = standardOf(request, pack);
    const values = formValues(request.body);
    const parsed = DecisionBody.safeParse({
      version: standard.decision?.version ?? 0,
      decision: values.decision ?? '',
      ...(values.decision !== 'confirm' && values.to ? { to: values.to } : {}),
      ...(values.rationale?.trim() ? { rationale: values.rationale } : {}),
    });
    if (!parsed.success) return show(request, reply, values, issuesAsErrors(parsed.error.issues, FIELDS));
    const saved = await apiFor(deps, request).send(
      'PUT',
      `/api/ratings/inspections/${id}/decisions/${standard.id}`,
      parsed.data,
    );
    if (!saved.ok) {
      // The domain's reasons (a move the wrong way, no rationale, nothing to confirm), in the form's words.
      const { message } = saved.error;
      const error = /rationale is required/.test(message)
        ? FIELDS.rationale!
        : { field: /"to"|moves? to|higher|lower/.test(message) ? 'to' : 'decision', text: sentence(message) };
      return show(request, reply, values, [error]);
    }
    return doneThen(
      request,
      reply,
      `Decision recorded for standard ${standard.id}`,
      `/inspections/${id}/ratings`,
    );
  });
}
