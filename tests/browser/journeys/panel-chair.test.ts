// The panel chair in Chromium, on the real stack, finding their work from the home page. One inspection is
// brought to its ratings panel by its own path (every case assessed and, none drawn for QA, approved on
// submission, so the inspection starts its panel itself): the chair's home page lists the panel and leads to
// its pack, as an inspector's on the panel does. On another inspection the chair is the second named person
// for safeguarding alerts: an alert not yet escalated to them is a page not found; once it escalates (the
// shortest time the rules allow, a minute, run while the panel is brought about) their home page lists it,
// they follow it to the alert, acknowledge it and record an action (an empty one first), and the inspector who
// raised it reads it with no move to make.
// Every page passes axe and is photographed.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anAlert,
  callersOf,
  eventually,
  PEOPLE,
  setQaSettings,
  submitCompleteCase,
  type InspectionInFieldwork,
} from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import {
  ANSWER_WAIT,
  expectNotice,
  sendExpectingErrors,
  sendExpectingNotice,
  textOf,
} from '../support/page-messages.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'panel-chair';
const stack = useStack();
/** The inspection whose panel sits, and the one whose alerts escalate to the chair. */
let sitting: InspectionInFieldwork;
let watched: InspectionInFieldwork;
let alertId: string;

beforeAll(async () => {
  const { system } = stack();
  const { lead } = callersOf(system);
  const team = [PEOPLE.inspector, PEOPLE.chair];
  watched = await inspectionForTheInspector(stack, { team, seed: 'chair-alerts' });
  await setQaSettings(system, lead, watched.id, {
    policy: { seed: 'chair-alerts' },
    alertEscalation: { escalateAfterMs: 60_000, secondPersonId: PEOPLE.chair.userId },
  });
  sitting = await inspectionForTheInspector(stack, { team, seed: 'chair-panel' });
  await setQaSettings(system, lead, sitting.id, {
    policy: { seed: 'chair-panel', shareByRole: { inspector: 0 }, minimumPerAssessor: 0 },
  });
}, 180_000);

/** The link to the alert, among the decisions waiting on the home page. */
const alertLink = () => `a[href="/alerts/${alertId}"]`;

/** The link to the sitting panel's pack in the home page's list (earlier runs' panels may be listed too). */
const panelLink = () => `#panels-sitting a[href="/inspections/${sitting.id}/ratings"]`;

describe('the panel chair, in the browser', () => {
  it('meets a page not found for an alert not yet escalated to them', async () => {
    const { system, portalUrl } = stack();
    const { inspector } = callersOf(system);
    const raised = await inspector(
      'POST',
      `/api/fieldwork/tasks/${watched.cases[0]!.taskId}/alerts`,
      anAlert(),
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    alertId = raised.body.alertId;
    const page = await signIn(stack(), 'chair-1', JOURNEY);
    // A chair's home page has their part even when no panel of theirs sits.
    expect(await textOf(page, 'main')).toContain('Ratings panels');
    expect(await textOf(page, 'main')).not.toContain('There is nothing for your role');
    await checkPage(page, JOURNEY, 'chair-home-before');
    expect(await page.locator(`#decisions ${alertLink()}`).count()).toBe(0);
    const answer = await page.goto(`${portalUrl}/alerts/${alertId}`);
    expect(answer?.status()).toBe(404);
    expect(await textOf(page, 'h1')).toBe('Page not found');
    expect(await textOf(page, 'main')).not.toContain('A concern noted on the case file');
    await checkPage(page, JOURNEY, 'alert-not-escalated-yet');
  });

  it('lists the panel sitting on the home page of its chair and of an inspector on it, each a way to the pack', async () => {
    const { system } = stack();
    const { lead, inspector } = callersOf(system);
    for (const { taskId } of sitting.cases) await submitCompleteCase(inspector, taskId);
    await eventually(
      'the panel sitting with every case',
      async () => {
        const pack = await lead('GET', `/api/ratings/inspections/${sitting.id}/pack`);
        return pack.status === 200 && pack.body.cases.approved === sitting.cases.length ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const page = await signIn(stack(), 'chair-1', JOURNEY);
    // The phase reaches the list of inspections through Temporal's visibility, a moment after the panel opens.
    await expect
      .poll(async () => (await page.reload(), await page.locator(panelLink()).count()), ANSWER_WAIT)
      .toBe(1);
    expect(await textOf(page, panelLink())).toMatch(/^Westmoor Youth Justice Service — fieldwork from \d/);
    await checkPage(page, JOURNEY, 'chair-home');
    await page.locator(panelLink()).click();
    expect(await textOf(page, 'h1')).toBe('Ratings panel');
    await checkPage(page, JOURNEY, 'pack');

    const member = await signIn(stack(), 'inspector-1', JOURNEY);
    expect(await member.locator(panelLink()).count()).toBe(1);
    expect(await textOf(member, 'main')).toContain('Case tasks to do');
    await checkPage(member, JOURNEY, 'inspector-home');
  });

  it(
    'reads the alert once it escalates to them, acknowledges it and records an action',
    { timeout: 240_000 },
    async () => {
      const { system, portalUrl } = stack();
      const { lead } = callersOf(system);
      await eventually(
        'the alert to escalate',
        async () =>
          (await lead('GET', `/api/fieldwork/alerts/${alertId}`)).body.state === 'escalated'
            ? true
            : undefined,
        { timeoutMs: 150_000, intervalMs: 1_000 },
      );
      const { caseRef } = watched.cases[0]!;
      const page = await signIn(stack(), 'chair-1', JOURNEY);
      // Their home page lists it among the decisions waiting, by when it escalated (which tells two of one
      // inspection apart), its inspection, urgency and state.
      const listed = page.locator(`#decisions li:has(${alertLink()})`);
      expect(await listed.innerText()).toMatch(
        /^Safeguarding alert escalated to you on \d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}:\d{2}[ap]m|midday|midnight) in Westmoor Youth Justice Service — fieldwork from .*: urgent, escalated$/,
      );
      await checkPage(page, JOURNEY, 'chair-home-alert');
      await listed.getByRole('link').click();
      expect(await textOf(page, 'h1')).toBe('Safeguarding alert escalated to you');
      expect(await textOf(page, '.govuk-caption-l')).toMatch(/^Westmoor Youth Justice Service — fieldwork/);
      expect(await textOf(page, `#alert-${alertId}`)).toContain('A concern noted on the case file');
      await checkPage(page, JOURNEY, 'alert-escalated');
      await page.getByRole('button', { name: `Acknowledge the alert on case ${caseRef}` }).click();
      await expectNotice(page, 'Alert acknowledged');
      await checkPage(page, JOURNEY, 'alert-acknowledged');
      await sendExpectingErrors(page, 'Record the action', 'Enter what has been done');
      expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe(`#action-${alertId}`);
      await checkPage(page, JOURNEY, 'alert-action-error');
      await page
        .getByLabel('What has been done since?')
        .fill('Rang the YJS manager, who referred it at once.');
      await sendExpectingNotice(page, 'Record the action', 'Action recorded');
      await checkPage(page, JOURNEY, 'alert-action');
      const stored = (await lead('GET', `/api/fieldwork/alerts/${alertId}`)).body;
      expect(stored).toMatchObject({
        state: 'action-recorded',
        acknowledgedBy: 'chair-1',
        actions: [{ action: 'Rang the YJS manager, who referred it at once.', by: 'chair-1' }],
      });

      // Whoever raised it may read it, but it did not escalate to them: no move is offered.
      const raiser = await signIn(stack(), 'inspector-1', JOURNEY);
      await raiser.goto(`${portalUrl}/alerts/${alertId}`);
      expect(await textOf(raiser, 'h1')).toBe('Safeguarding alert');
      expect(await textOf(raiser, `#alert-${alertId}`)).toContain('Rang the YJS manager');
      expect(await raiser.locator('main form').count()).toBe(0);
      await checkPage(raiser, JOURNEY, 'alert-raiser');
    },
  );
});
