// GET and POST /inspections/:id/ratings/decisions/:standardId: the panel's decision on one standard —
// confirm, or move up or down with the evidence it rests on. A standard flagged for a small sample or
// without a rating needs a rationale even to be decided; the ratings service and its workflow say so.
import type { FastifyInstance } from 'fastify';
import { DecisionBody } from '@yji/contracts';
import {
  fieldsByPath,
  formValues,
  issuesAsErrors,
  withoutVersion,
  type FieldError,
} from '../web/form-errors.ts';
import { panelDecision, standardTitle } from '../web/nunjucks-filters.ts';
import { formPage } from './form-page.ts';
import { panelPage, readStandard, readStandardPage } from './ratings-panel.ts';
import type { RouteDeps } from './route-deps.ts';

const FIELDS = fieldsByPath({
  decision: 'Choose whether the panel confirms the rating or moves it',
  to: 'Choose the rating the panel moves it to',
  rationale: 'Enter a rationale: the evidence the decision rests on',
});

/** The rationale named a sampled case: the service never says which, so the form says what to change. */
const CASE_NAMED: FieldError = {
  field: 'rationale',
  text: 'Take out the case references: a rationale may be published in the report',
};

/** A service's reason as a GOV.UK message: its last clause, starting with a capital. */
const sentence = (message: string) => {
  const last = message.split(': ').at(-1) ?? message;
  return last.charAt(0).toUpperCase() + last.slice(1);
};

/**
 * The service's reasons (a move the wrong way, no rationale, nothing to confirm, a case named), in the form's
 * words.
 */
export const refusalError = (message: string): FieldError => {
  if (/rationale is required/.test(message)) return FIELDS.rationale!;
  if (/rationale names a sampled case/.test(message)) return CASE_NAMED;
  return { field: /"to"|moves? to|higher|lower/.test(message) ? 'to' : 'decision', text: sentence(message) };
};

/** Another panel member decided the standard after this page was read: the page again, as it now stands. */
const DECIDED_MEANWHILE: FieldError = {
  field: 'decision',
  text: 'Someone else recorded a decision on this standard after you opened this page: check the decision recorded, then record yours again',
};

export function registerRatingsDecision(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'panel/decision.njk', async (request) => {
    const { standard, panelState, view } = await readStandardPage(deps, request);
    // The decision's version this page shows: the one a decision sent from it is based on. Once the set is
    // approved a decision is a correction, which the chair approves again.
    return {
      title: `${panelState === 'open' ? 'Decide' : 'Correct'} standard ${standardTitle(standard.id)}`,
      ...view,
      shownVersion: standard.decision?.version ?? 0,
    };
  });
  const path = '/inspections/:id/ratings/decisions/:standardId';
  app.get(path, { preHandler: panelPage }, (request, reply) => form.show(request, reply));
  app.post(path, { preHandler: panelPage }, async (request, reply) => {
    const { id, standard } = await readStandard(deps, request);
    const values = formValues(request.body);
    const parsed = DecisionBody.safeParse({
      version: Number(values.version),
      decision: values.decision ?? '',
      ...(values.decision !== 'confirm' && values.to ? { to: values.to } : {}),
      ...(values.rationale?.trim() ? { rationale: values.rationale } : {}),
    });
    if (!parsed.success)
      return form.show(request, reply, { values, errors: issuesAsErrors(parsed.error.issues, FIELDS) });
    return form.send(request, reply, {
      command: ['PUT', `/api/ratings/inspections/${id}/decisions/${standard.id}`, parsed.data],
      refused: ({ code, message }) =>
        code === 'stale-version'
          ? { values: withoutVersion(values), errors: [DECIDED_MEANWHILE] }
          : { values, errors: [refusalError(message)] },
      done: () => ({
        notice: `${panelDecision(parsed.data)} for standard ${standardTitle(standard.id)}`,
        to: `/inspections/${id}/ratings`,
      }),
    });
  });
}
