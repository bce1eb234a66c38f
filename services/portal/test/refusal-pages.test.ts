// What the inspection and fieldwork services refuse is said on the page in words chosen by the refusal's code
// — never the service's own message ("case(s) or review(s)", a timestamp), never another refusal's reason (a
// correction refused for its assessor is not "only an approved assessment can be reopened"), and for a
// service that fails, "try again later" — beside what it is about as well as in the error summary (GOV.UK):
// a field, the form's main control, or the button of a form that is only a button. Text past a field's limit
// is counted (GOV.UK's character count, the contract's limit) and refused with "must be N characters or fewer".
// The services are real; a stand-in in front of each refuses the one request a test names (faulty-service.ts).
import { describe, expect, it } from 'vitest';
import {
  anAlert,
  answered,
  callerAs,
  callersOf,
  carriedOut,
  claimSubmission,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  inspectionInFieldwork,
  longListCsv,
  mostlyYes,
  openPanel,
  PEOPLE,
  settlePanel,
  submitCompleteCase,
} from '../../../tests/harness/index.ts';
import { TRY_AGAIN_LATER } from '../src/web/refusal-words.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { usePortalBehindFaultyServices } from './faulty-service.ts';
import { firstCaseSubmittedForReview, inspectorsOneCase } from './inspection-set-ups.ts';
import { errorMessagesOf, expectErrorOn, expectSummaryLinksResolve, summaryOf } from './page-errors.ts';

const TIMEOUT = { timeout: 240_000 };
/** The markup of a GOV.UK character count of `max` characters. */
const characterCount = (max: number) =>
  new RegExp(
    `class="govuk-form-group govuk-character-count"\\s+data-module="govuk-character-count"\\s+data-maxlength="${max}"`,
  );

describe('a refusal on the page', () => {
  const services = usePortalBehindFaultyServices();

  async function signedIn(userId: string) {
    const jar = new CookieJar();
    await signInAs(jar, services.portal().url, userId);
    return jar;
  }

  /** An inspection with PEOPLE's inspector and chair on its team whose ratings panel is open. */
  async function panelOpen(seed: string) {
    const system = services.system();
    const { lead } = callersOf(system);
    const inspection = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector, PEOPLE.chair],
      seed,
    });
    await openPanel(system, lead, inspection, { judgements: mostlyYes(4) });
    return inspection;
  }

  it('of the lead’s team, sample and assignments, in words, beside what it is about', TIMEOUT, async () => {
    const [system, portal, faulty] = [services.system(), services.portal(), services.faulty()];
    const lead = callerAs(system, PEOPLE.lead.userId, [PEOPLE.lead.role]);
    const { id, cases } = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector],
      sampleSize: 2,
      seed: 'refusal-pages-lead',
    });
    // The inspector has signed in, so the portal knows them by name.
    await signedIn(PEOPLE.inspector.userId);
    const jar = await signedIn(PEOPLE.lead.userId);
    const at = (path: string) => `${portal.url}/inspections/${id}${path}`;

    // The inspector still holds both cases: not "2 case(s) or review(s) …", naming them (the table has a
    // row and a button per member), and beside the members' table.
    const team = await follow(jar, at('/team'));
    const removed = await submit(jar, at('/team'), {
      _csrf: csrfTokenOn(team.body)!,
      remove: `${PEOPLE.inspector.userId}:${PEOPLE.inspector.role}`,
    });
    expect(removed.status).toBe(400);
    expectErrorOn(
      removed.body,
      'members',
      'Amir Hussain cannot be removed: 2 cases are still with them. Reassign them first',
    );
    // Someone added whom the service refuses: named by the name they signed in with, beside the field.
    faulty.inspection.refuseNext('PUT', /\/team$/, 'not-allowed-now', {
      reason: 'the inspection has closed',
    });
    const added = await submit(jar, at('/team'), {
      _csrf: csrfTokenOn(team.body)!,
      userId: PEOPLE.inspector.userId,
      role: 'local-assessor',
    });
    expectErrorOn(
      added.body,
      'userId',
      'Amir Hussain cannot be added: this cannot be done at this stage. Reload the page to see where things stand',
    );
    // A failure of the service is about no one.
    faulty.inspection.refuseNext('PUT', /\/team$/, 'service-busy');
    const busy = await submit(jar, at('/team'), {
      _csrf: csrfTokenOn(team.body)!,
      remove: `${PEOPLE.inspector.userId}:${PEOPLE.inspector.role}`,
    });
    expectErrorOn(busy.body, 'members', TRY_AGAIN_LATER);

    // The service failing: "try again later", above the button of the form that is only a button.
    const assignments = await follow(jar, at('/assignments'));
    faulty.inspection.refuseNext('POST', /\/assignments$/, 'service-busy');
    const auto = await submit(jar, at('/assignments'), {
      _csrf: csrfTokenOn(assignments.body)!,
      mode: 'auto',
    });
    expectErrorOn(auto.body, 'auto', TRY_AGAIN_LATER);

    // The exclusion reason: counted to the contract's 1,000 characters, and refused past them in those words.
    const sample = await follow(jar, at('/sample'));
    expect(sample.body).toMatch(characterCount(1000));
    const tooLong = await submit(jar, at('/sample/exclusions'), {
      _csrf: csrfTokenOn(sample.body)!,
      caseRef: cases[0]!.caseRef,
      reason: 'x'.repeat(1001),
    });
    expectErrorOn(tooLong.body, 'reason', 'The reason must be 1,000 characters or fewer');

    // A refusal with a time in its message (the purge's): said without it, on the case chosen.
    faulty.inspection.refuseNext('POST', /\/sample\/exclusions$/, 'inspection-purged', {
      purgedAt: '2026-11-29T10:00:00.000Z',
    });
    const purged = await submit(jar, at('/sample/exclusions'), {
      _csrf: csrfTokenOn(sample.body)!,
      caseRef: cases[0]!.caseRef,
      reason: 'Moved out of the area',
    });
    expectErrorOn(
      purged.body,
      'caseRef',
      'The inspection’s case details were removed under the retention policy, so nothing more can be recorded about its cases',
    );
    expect(purged.body).not.toContain('2026-11-29T10:00');
  });

  it('of a sample’s confirmation, above its button', TIMEOUT, async () => {
    const [system, portal, faulty] = [services.system(), services.portal(), services.faulty()];
    const lead = callerAs(system, PEOPLE.lead.userId, [PEOPLE.lead.role]);
    const { id } = (await lead('POST', '/api/inspections', inspectionBody())).body as { id: string };
    const api = (path: string) => `/api/inspections/${id}${path}`;
    await carriedOut(lead, await lead('POST', api('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40)));
    await eventually('the long list taken', async () =>
      (await lead('GET', api(''))).body.workflow?.phase === 'sampling' ? true : undefined,
    );
    await carriedOut(lead, await lead('POST', api('/sample'), { seed: 'refusal-pages-confirm' }));
    const jar = await signedIn(PEOPLE.lead.userId);
    const page = await follow(jar, `${portal.url}/inspections/${id}/sample`);
    faulty.inspection.refuseNext('POST', /\/sample\/confirm$/, 'service-busy');
    const refused = await submit(jar, `${portal.url}/inspections/${id}/sample/confirm`, {
      _csrf: csrfTokenOn(page.body)!,
    });
    expectErrorOn(refused.body, 'confirm', TRY_AGAIN_LATER);
  });

  it(
    'of an assessor’s case: an alert’s limits, an interview on a submitted case, an alert moved on',
    TIMEOUT,
    async () => {
      const [system, portal] = [services.system(), services.portal()];
      const { lead, inspector } = callersOf(system);
      const { id, taskId } = await inspectorsOneCase(system, 'refusal-pages-case');
      const jar = await signedIn(PEOPLE.inspector.userId);

      // What was seen and what was done: counted to the contract's 4,000 characters, refused past them.
      const form = await follow(jar, `${portal.url}/cases/${taskId}/alert`);
      expect(form.body.match(new RegExp(characterCount(4000), 'g'))).toHaveLength(2);
      const alert = anAlert();
      const tooLong = await submit(jar, `${portal.url}/cases/${taskId}/alert`, {
        _csrf: csrfTokenOn(form.body)!,
        idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(form.body)![1]!,
        concerns: alert.concerns[0]!,
        atRisk: alert.atRisk[0]!,
        urgency: alert.urgency,
        seen: 'x'.repeat(4001),
        done: alert.done,
        forwardedBy: alert.forwardedBy,
      });
      expect(tooLong.status).toBe(400);
      expectErrorOn(tooLong.body, 'seen', 'What you saw must be 4,000 characters or fewer');

      // The form shown again while the case's reference cannot be read (the fieldwork service unreachable):
      // the words typed are kept, and the page names no case rather than failing.
      services.faulty().fieldwork.failNext('GET', new RegExp(`/api/fieldwork/tasks/${taskId}$`));
      const unnamed = await submit(jar, `${portal.url}/cases/${taskId}/alert`, {
        _csrf: csrfTokenOn(form.body)!,
        idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(form.body)![1]!,
        urgency: alert.urgency,
        seen: 'The child said they were scared to go home.',
      });
      expect(unnamed.status).toBe(400);
      expect(unnamed.body).toContain('Choose what the concern is about');

      // The rules between fields, each said as what to choose, beside the choice it is about.
      const broken = await submit(jar, `${portal.url}/cases/${taskId}/alert`, {
        _csrf: csrfTokenOn(form.body)!,
        idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(form.body)![1]!,
        concerns: 'harm-to-self',
        atRisk: 'other-people',
        urgency: 'immediate',
        seen: alert.seen,
        done: alert.done,
        forwardedBy: 'email',
      });
      expect(summaryOf(broken.body).map(({ text }) => text)).toEqual([
        'Choose this child: harm to self puts this child at risk',
        'Choose through this service, in person or by telephone: an immediate alert does not go by email alone',
      ]);
      expectSummaryLinksResolve(broken.body);
      expect(unnamed.body).toContain('The child said they were scared to go home.');
      expect(unnamed.body).toContain('>The case</a>');

      // An interview sent for a case submitted meanwhile: said about the case as it now is, not under a date.
      const taskPage = await follow(jar, `${portal.url}/tasks/${taskId}`);
      await submitCompleteCase(inspector, taskId);
      const interview = await submit(jar, `${portal.url}/tasks/${taskId}/interview`, {
        _csrf: csrfTokenOn(taskPage.body)!,
        'date-day': '1',
        'date-month': '2',
        'date-year': '2026',
        withWhom: 'case manager',
        notes: 'Discussed the plan',
      });
      expectSummaryLinksResolve(interview.body);
      expect(summaryOf(interview.body)).toEqual([
        {
          text: 'The case can no longer be changed: it has been submitted or withdrawn',
          target: 'assessment',
        },
      ]);
      expect(errorMessagesOf(interview.body).has('date-day-error')).toBe(false);

      // An acknowledgement sent from a page from before someone else acknowledged it: beside the alert.
      const raised = await answered(
        'alert',
        inspector('POST', `/api/fieldwork/tasks/${taskId}/alerts`, anAlert()),
        201,
      );
      const alertId = raised.alertId as string;
      const leadJar = await signedIn(PEOPLE.lead.userId);
      const alerts = await follow(leadJar, `${portal.url}/inspections/${id}/alerts`);
      await answered('acknowledge', lead('POST', `/api/fieldwork/alerts/${alertId}/acknowledge`));
      const again = await submit(leadJar, `${portal.url}/inspections/${id}/alerts/${alertId}/acknowledge`, {
        _csrf: csrfTokenOn(alerts.body)!,
      });
      expect(again.status).toBe(400);
      // The card the summary links to heads with the message, which describes the form the card now offers.
      expectErrorOn(
        again.body,
        `alert-${alertId}`,
        'The alert has moved on since this page was shown: check it as it is now',
        `action-${alertId}`,
      );

      // What has been done, left out or past its 4,000 characters: each in its own words, beside the alert.
      const action = (text: string) =>
        submit(leadJar, `${portal.url}/inspections/${id}/alerts/${alertId}/actions`, {
          _csrf: csrfTokenOn(alerts.body)!,
          action: text,
        });
      expectErrorOn((await action('')).body, `action-${alertId}`, 'Enter what has been done');
      expectErrorOn(
        (await action('x'.repeat(4001))).body,
        `action-${alertId}`,
        'What has been done must be 4,000 characters or fewer',
      );
    },
  );

  it('of the chair’s approval, above its button', TIMEOUT, async () => {
    const [portal, faulty] = [services.portal(), services.faulty()];
    const inspection = await panelOpen('refusal-pages-panel');
    // Every standard settled: the pack offers the approval (while one is left, it says what is, instead).
    const { lead, chair } = callersOf(services.system());
    await settlePanel(lead, chair, inspection);
    const jar = await signedIn(PEOPLE.chair.userId);
    const pack = `${portal.url}/inspections/${inspection.id}/ratings`;
    const page = await follow(jar, pack);
    faulty.ratings.refuseNext('POST', /\/approval$/, 'service-busy');
    const refused = await submit(jar, `${pack}/approval`, {
      _csrf: csrfTokenOn(page.body)!,
      basis: /name="basis" value="([^"]*)"/.exec(page.body)![1]!,
      idempotencyKey: /name="idempotencyKey" value="([^"]+)"/.exec(page.body)![1]!,
    });
    expect(refused.status).toBe(409);
    expectErrorOn(refused.body, 'approve', TRY_AGAIN_LATER);
  });

  it(
    'of the lead’s proposal: every place the ratings service names, beside its prompt',
    TIMEOUT,
    async () => {
      const portal = services.portal();
      const inspection = await panelOpen('refusal-pages-proposal');
      const jar = await signedIn(PEOPLE.lead.userId);
      const proposal = `${portal.url}/inspections/${inspection.id}/ratings/proposals/1.1`;
      const page = await follow(jar, proposal);
      // 1.1.1a without its yes or no answer (004 ¶2.2), 1.1.1b's case-file evidence from a case not sampled:
      // the service's rules both, said in one answer, each beside its prompt, in the page's order.
      const refused = await submit(jar, proposal, {
        _csrf: csrfTokenOn(page.body)!,
        version: '0',
        rating: 'Good',
        'finding-1.1.1a': 'The board sets the strategy.',
        'source-1.1.1a': 'document',
        'answer-1.1.1b': 'yes',
        'finding-1.1.1b': 'The partners attend.',
        'source-1.1.1b': 'case-file',
        'cases-1.1.1b': 'C9999',
      });
      expect(refused.status).toBe(400);
      expect(summaryOf(refused.body)).toEqual([
        { text: 'Answer 1.1.1a yes or no', target: 'answer-1.1.1a' },
        { text: 'Name the sampled cases the finding for 1.1.1b comes from', target: 'cases-1.1.1b' },
      ]);
      expectSummaryLinksResolve(refused.body);
      // A radios' message describes its fieldset, which has no id of its own.
      expect(errorMessagesOf(refused.body).get('answer-1.1.1a-error')).toBe('Answer 1.1.1a yes or no');
      expectErrorOn(refused.body, 'cases-1.1.1b', 'Name the sampled cases the finding for 1.1.1b comes from');
      // What the lead wrote is kept.
      expect(refused.body).toContain('The board sets the strategy.');
    },
  );

  it(
    'of quality assurance: a correction refused for its assessor, a return’s reason past its limit',
    TIMEOUT,
    async () => {
      const [system, portal, faulty] = [services.system(), services.portal(), services.faulty()];
      const { inspector, reviewer } = callersOf(system);
      const { inspection, first, second } = await firstCaseSubmittedForReview(system, 'refusal-pages-qa');
      const claimed = await claimSubmission(reviewer, first.taskId);
      await answered(
        'approve',
        reviewer('POST', `/api/fieldwork/reviews/${first.taskId}/approve`, { version: claimed.version }),
      );

      // Refused because the assessor is off the team: said so, not "only an approved assessment …".
      const leadJar = await signedIn(PEOPLE.lead.userId);
      const correction = `${portal.url}/inspections/${inspection.id}/qa/${first.taskId}/correction`;
      const page = await eventually('the approval in the correction page', async () => {
        const shown = await follow(leadJar, correction);
        return shown.body.includes('name="reason"') ? shown : undefined;
      });
      faulty.fieldwork.refuseNext('POST', /\/correction$/, 'assessor-off-team');
      const reopened = await submit(leadJar, correction, {
        _csrf: csrfTokenOn(page.body)!,
        version: /name="version" value="(\d+)"/.exec(page.body)![1]!,
        reason: 'The risk of harm was misread.',
      });
      expectErrorOn(
        reopened.body,
        'reason',
        'The case’s assessor is no longer an assessor on the team, so nobody could revise it. Put them back on the team first',
      );

      // The correction's reason, left out or past its 5,000 characters: each in its own words.
      const reopenedWith = (reason: string) =>
        submit(leadJar, correction, {
          _csrf: csrfTokenOn(page.body)!,
          version: /name="version" value="(\d+)"/.exec(page.body)![1]!,
          reason,
        });
      expectErrorOn((await reopenedWith('')).body, 'reason', 'Enter why the assessment is reopened');
      expectErrorOn(
        (await reopenedWith('x'.repeat(5001))).body,
        'reason',
        'The reason must be 5,000 characters or fewer',
      );

      // A return's reason: counted to the contract's 5,000 characters, and refused past them in those words.
      await submitCompleteCase(inspector, second.taskId);
      await claimSubmission(reviewer, second.taskId);
      const reviewerJar = await signedIn(PEOPLE.reviewer.userId);
      const review = await follow(reviewerJar, `${portal.url}/qa/${second.taskId}`);
      expect(review.body).toMatch(characterCount(5000));
      const returned = await submit(reviewerJar, `${portal.url}/qa/${second.taskId}/return`, {
        _csrf: csrfTokenOn(review.body)!,
        version: /name="version" value="(\d+)"/.exec(review.body)![1]!,
        reason: 'x'.repeat(5001),
      });
      expectErrorOn(returned.body, 'reason', 'The reason must be 5,000 characters or fewer');
    },
  );
});
