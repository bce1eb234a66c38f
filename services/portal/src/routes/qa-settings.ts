// GET and POST /inspections/:id/qa-settings: the lead inspector sets which submitted assessments go to QA
// (shares by assessor role, the minimum per assessor, flagged cases, cases with an alert), the blind share,
// the seed the draws are made from, and who an unacknowledged safeguarding alert goes to (by email address
// or user id) and when. Until they are set the domain's defaults apply, and the form starts from them.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { QaSettingsBody, type QaSettingsView } from '@yji/contracts';
import { ALERT_ESCALATION_DEFAULTS, QA_POLICY_DEFAULTS } from '@yji/domain';
import { fieldsByPath, formValues, issuesAsErrors } from '../web/form-errors.ts';
import type { Known } from '../people/directory.ts';
import { withUnknownPeople } from '../people/unknown-people.ts';
import { formPage, refusalAsErrors } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

const MINUTE_MS = 60_000;
const percent = (share: number) => String(Math.round(share * 1000) / 10);
const share = (value: string | undefined) => (value?.trim() ? Number(value) / 100 : Number.NaN);
const whole = (value: string | undefined) => (value?.trim() ? Number(value) : Number.NaN);

/** The form's fields from the settings in force (or the defaults); the second person by their address. */
function formFrom(
  settings: z.infer<typeof QaSettingsView> | undefined,
  people: Known,
): Record<string, string> {
  const policy = settings?.policy ?? { seed: '', ...QA_POLICY_DEFAULTS };
  const escalation = settings?.alertEscalation;
  return {
    seed: policy.seed,
    shareInspector: percent(policy.shareByRole.inspector),
    minimumPerAssessor: String(policy.minimumPerAssessor),
    everyFlagged: policy.everyFlagged ? 'yes' : '',
    everySafeguardingAlert: policy.everySafeguardingAlert ? 'yes' : '',
    blindShare: percent(policy.blindShare),
    secondPersonId: escalation ? people.addressOf(escalation.secondPersonId) : '',
    escalateAfterMinutes: String(
      (escalation?.escalateAfterMs ?? ALERT_ESCALATION_DEFAULTS.escalateAfterMs) / MINUTE_MS,
    ),
  };
}

/** The settings the form describes; the alert escalation only when a second person is named. */
function settingsFrom(form: Record<string, string>) {
  const secondPersonId = form.secondPersonId?.trim();
  return {
    policy: {
      seed: form.seed ?? '',
      shareByRole: {
        inspector: share(form.shareInspector),
        // Not a setting: every local assessor's case goes to QA (the domain's qaPolicySchema).
        'local-assessor': 1,
      },
      minimumPerAssessor: whole(form.minimumPerAssessor),
      everyFlagged: form.everyFlagged === 'yes',
      everySafeguardingAlert: form.everySafeguardingAlert === 'yes',
      blindShare: share(form.blindShare),
    },
    ...(secondPersonId
      ? { alertEscalation: { secondPersonId, escalateAfterMs: whole(form.escalateAfterMinutes) * MINUTE_MS } }
      : {}),
  };
}

/** In the order of the page's fields; each share named, as the page has two. */
const FIELDS = fieldsByPath({
  'policy.shareByRole.inspector': {
    field: 'shareInspector',
    text: 'Enter the share of each inspector’s cases: a number from 0 to 100',
  },
  'policy.minimumPerAssessor': 'Enter the least number of cases per assessor: a whole number from 0 to 100',
  'policy.blindShare': 'Enter the share of reviews done blind: a number from 0 to 100',
  'policy.seed': 'Enter a seed the draws are made from',
  'alertEscalation.secondPersonId': 'Enter the second person’s email address, or their user id',
  'alertEscalation.escalateAfterMs': {
    field: 'escalateAfterMinutes',
    text: 'Enter a number of minutes from 1 to 4320 (72 hours)',
  },
});

const NOT_SAVED = { field: 'seed', text: 'The settings could not be saved. Check them and try again' };
const NOT_ON_TEAM = {
  field: 'secondPersonId',
  text: 'Enter someone on the inspection team, other than the YJS’s contact, or add them to the team first',
};

export function registerQaSettings(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'lead/qa-settings.njk', async (request) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    // Not set yet (404) is an answer; any other failure ends the page, rather than showing the defaults as if
    // nothing were saved, which a save would then write over the settings in force.
    const settings =
      (await apiFor(deps, request).find<z.infer<typeof QaSettingsView>>(
        `/api/inspections/${id}/qa-settings`,
      )) ?? undefined;
    const values = formFrom(settings, await deps.people.known());
    return {
      title: 'Quality assurance settings',
      section: 'inspections',
      inspection,
      settings,
      values,
      breadcrumbs,
    };
  });
  app.get('/inspections/:id/qa-settings', { preHandler: leadPage }, (request, reply) =>
    form.show(request, reply),
  );
  app.post('/inspections/:id/qa-settings', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const values = formValues(request.body);
    const named = values.secondPersonId?.trim();
    const { userIds, unknown } = await deps.people.userIdsOf(named ? [named] : []);
    // An address nobody has signed in with stays as it was typed, so the escalation's other field is checked.
    const parsed = QaSettingsBody.safeParse(
      settingsFrom({ ...values, secondPersonId: userIds[0] ?? named ?? '' }),
    );
    if (!parsed.success || unknown.length) {
      const errors = parsed.success ? [] : issuesAsErrors(parsed.error.issues, FIELDS);
      return form.show(request, reply, {
        values,
        errors: withUnknownPeople(errors, { field: 'secondPersonId', unknown }, FIELDS),
      });
    }
    return form.send(request, reply, {
      command: ['PUT', `/api/inspections/${id}/qa-settings`, parsed.data],
      refused: ({ code, details }) => ({
        values,
        errors: code === 'not-on-team' ? [NOT_ON_TEAM] : refusalAsErrors(details, FIELDS, NOT_SAVED),
      }),
      done: () => ({ notice: 'Quality assurance settings saved.', to: `/inspections/${id}/qa-settings` }),
    });
  });
}
