// Exclusion flags in the browser: the assessor flags a case from its page, and the lead inspector's list of
// flagged cases, reached from the inspection's page, shows each with its case, reason, who and when, not
// excluded until the lead excludes it; the read is audited by the fieldwork service. Each open flag links to
// the decision (the sample page's exclusion form); once the case is excluded its card says so, with no link.
// A second flag the lead keeps, with the card's Keep button: the card then says who kept it, with no buttons.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionInFieldwork } from '../../harness/index.ts';
import { SHOWN_QUESTION, untilLoaded } from '../support/case-form.ts';
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

const JOURNEY = 'exclusion-flags';
const REASON = 'The child moved out of the area before the disposal started.';
const stack = useStack();
let inspection: InspectionInFieldwork;

beforeAll(async () => {
  inspection = await inspectionForTheInspector(stack, { seed: 'exclusion-flags' });
}, 240_000);

describe('the lead inspector’s exclusion flags, in the browser', () => {
  let page: Page;
  const main = () => page.locator('main').innerText();

  it('says when nothing is flagged', async () => {
    page = await signIn(stack(), 'lead-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/inspections/${inspection.id}`);
    await page.getByRole('link', { name: 'Cases flagged for exclusion' }).click();
    expect(await page.locator('main').innerText()).toContain('No assessor has flagged a case');
    await checkPage(page, JOURNEY, 'no-flags');
    // Every page's footer links to the accessibility statement.
    await page.locator('footer').getByRole('link', { name: 'Accessibility statement' }).click();
    expect(await page.locator('h1').innerText()).toBe('Accessibility statement');
    await checkPage(page, JOURNEY, 'accessibility-statement');
    await page.goBack();
  });

  it('takes a flag on the case page, above the assessment, so Submit ends the page', async () => {
    const [flagged] = inspection.cases;
    const assessor = await signIn(stack(), 'inspector-1', `${JOURNEY}-assessor`);
    await assessor.goto(`${stack().portalUrl}/tasks/${flagged!.taskId}`);
    const headings = await assessor.locator('main h2').allInnerTexts();
    expect(headings.indexOf('Case manager interview')).toBeGreaterThan(-1);
    expect(headings.indexOf('Case manager interview')).toBeLessThan(headings.indexOf('Your assessment'));
    const buttons = await assessor.locator('main button').allInnerTexts();
    expect(buttons.at(-1)).toBe('Submit the assessment');

    await assessor.getByText('This case should not be in the sample').click();
    await sendExpectingErrors(assessor, 'Flag for exclusion', 'Enter why the case should be excluded');
    // The details stay open on an error, so the message and the field are in sight.
    expect(await assessor.locator('#reason').isVisible()).toBe(true);
    await checkPage(assessor, `${JOURNEY}-assessor`, 'flag-errors');
    await assessor.locator('#reason').fill(REASON);
    await sendExpectingNotice(assessor, 'Flag for exclusion', 'Flagged for exclusion');
    expect(await assessor.locator('main').innerText()).toContain(`Flagged for exclusion: ${REASON}`);
    await checkPage(assessor, `${JOURNEY}-assessor`, 'flagged');
  });

  it('asks before a form above the assessment throws away answers not saved, and not once they are saved', async () => {
    const [, other] = inspection.cases;
    const journey = `${JOURNEY}-unsaved`;
    const taskUrl = `${stack().portalUrl}/tasks/${other!.taskId}`;
    const assessor = await signIn(stack(), 'inspector-1', journey);
    await untilLoaded(assessor, () => assessor.goto(taskUrl));
    // Each question's guidance is in its hint, which its field (or fieldset) is described by.
    const described = await assessor.evaluate(() =>
      Array.from(document.querySelectorAll('[data-question] .govuk-details')).map((details) => {
        const hint = details.closest('.govuk-hint');
        return hint !== null && document.querySelector(`[aria-describedby~="${hint.id}"]`) !== null;
      }),
    );
    expect(described.length).toBeGreaterThan(0);
    expect(described.filter((inHint) => !inHint)).toEqual([]);
    // The reason counts its characters, to the contract's 2,000.
    await assessor.getByText('This case should not be in the sample').click();
    await expect.poll(() => textOf(assessor, '.govuk-character-count__status')).toContain('2,000 characters');

    const form = assessor.locator(`form[action="/tasks/${other!.taskId}"]`);
    const answer = form.locator(`${SHOWN_QUESTION} input[type="radio"]`).first();
    await answer.check();
    await checkPage(assessor, journey, 'answer-not-saved');
    const asked: string[] = [];
    assessor.on('dialog', (dialog) => {
      asked.push(dialog.type());
      // Stays on the page the first time; leaves after.
      void (asked.length === 1 ? dialog.dismiss() : dialog.accept());
    });
    // The interview's form saves only the interview, and the page would come back without the answer.
    await assessor.getByRole('button', { name: 'Save the interview' }).click();
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(assessor.url()).toBe(taskUrl);
    expect(await answer.isChecked()).toBe(true);

    // The assessment's own form does not ask, and once saved neither does the interview's.
    await untilLoaded(assessor, () => assessor.getByRole('button', { name: 'Save draft' }).click());
    await expectNotice(assessor, 'Draft saved');
    expect(await answer.isChecked()).toBe(true);
    await untilLoaded(assessor, () => assessor.getByRole('button', { name: 'Save the interview' }).click());
    expect(asked).toEqual(['beforeunload']);
  });

  it('lists a flag with its reason, not excluded yet, and the read is audited', async () => {
    const { system } = stack();
    const [flagged] = inspection.cases;
    const readsBefore = await system.fieldworkDb.auditEntry.count({
      where: { inspectionId: inspection.id, action: 'exclusion-flag.read' },
    });

    await page.reload();
    await expect.poll(main).toContain(`Case ${flagged!.caseRef}`);
    const text = await main();
    expect(text).toContain(REASON);
    expect(text).toContain('Amir Hussain');
    expect(text).toContain('Not excluded');
    // Keeping a case is recorded, and the assessor sees it.
    expect(text).not.toContain('There is no way yet');
    expect(text).toContain('the case’s assessor sees it on the case');
    expect(
      await page.getByRole('button', { name: `Keep the case ${flagged!.caseRef} in the sample` }).count(),
    ).toBe(1);
    expect(await page.title()).not.toContain(flagged!.caseRef);
    await checkPage(page, JOURNEY, 'flags');
    const readsAfter = await system.fieldworkDb.auditEntry.count({
      where: { inspectionId: inspection.id, action: 'exclusion-flag.read' },
    });
    expect(readsAfter).toBeGreaterThan(readsBefore);
  });

  it('links the flag to the decision, where the lead excludes the case, and then shows it excluded', async () => {
    const [flagged] = inspection.cases;
    const caseRef = flagged!.caseRef;
    const flagsUrl = page.url();
    // The link reads "Decide" on the card and names its case to a screen reader.
    await page.getByRole('link', { name: `Decide on case ${caseRef}` }).click();
    await page.waitForURL(/\/sample#exclude$/);
    expect(await page.locator('h1').innerText()).toBe('Sample');
    const heading = page.locator('#exclude');
    expect(await heading.innerText()).toBe('Exclude a case');
    // The browser went to the form: its heading is in sight, not the top of the page.
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await checkPage(page, JOURNEY, 'decide');

    await page.getByLabel('Case', { exact: true }).selectOption(caseRef);
    await page.getByLabel('Why is it excluded?').fill(REASON);
    await page.getByRole('button', { name: 'Exclude the case' }).click();
    await expect
      .poll(() => textOf(page, '.govuk-notification-banner'), ANSWER_WAIT)
      .toMatch(new RegExp(`Case ${caseRef} excluded; C\\d{4} replaces it`));

    // Back on the flags page the case is excluded, and there is nothing left to decide on it.
    await page.goto(flagsUrl);
    await expect.poll(main, ANSWER_WAIT).toMatch(new RegExp(`Case ${caseRef}\\s+Excluded`));
    expect(await page.getByRole('link', { name: `Decide on case ${caseRef}` }).count()).toBe(0);
    await checkPage(page, JOURNEY, 'flag-excluded');
  });

  it('keeps a second flagged case from its card: the notice, then a kept card with nothing left to decide', async () => {
    const { system } = stack();
    const [, kept] = inspection.cases;
    const caseRef = kept!.caseRef;
    const assessor = await signIn(stack(), 'inspector-1', `${JOURNEY}-kept`);
    await untilLoaded(assessor, () => assessor.goto(`${stack().portalUrl}/tasks/${kept!.taskId}`));
    await assessor.getByText('This case should not be in the sample').click();
    await assessor.locator('#reason').fill('The disposal was made by another YJS.');
    await sendExpectingNotice(assessor, 'Flag for exclusion', 'Flagged for exclusion');

    const flagsUrl = `${stack().portalUrl}/inspections/${inspection.id}/exclusion-flags`;
    await page.goto(flagsUrl);
    await expect.poll(main).toMatch(new RegExp(`Case ${caseRef}\\s+Not excluded`));
    await checkPage(page, JOURNEY, 'flags-to-keep');
    await sendExpectingNotice(
      page,
      `Keep the case ${caseRef} in the sample`,
      `Case ${caseRef} kept in the sample. Its assessor sees this on the case.`,
    );
    expect(page.url()).toBe(flagsUrl);
    const text = await main();
    expect(text).toMatch(new RegExp(`Case ${caseRef}\\s+Kept`));
    expect(text).toMatch(/Kept by Grace Okafor, \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await page.getByRole('button', { name: `Keep the case ${caseRef} in the sample` }).count()).toBe(
      0,
    );
    expect(await page.getByRole('link', { name: `Decide on case ${caseRef}` }).count()).toBe(0);
    await checkPage(page, JOURNEY, 'flag-kept');
    const audited = await system.fieldworkDb.auditEntry.findMany({
      where: { entityId: kept!.taskId, action: 'task.exclusion-flag-kept' },
    });
    expect(audited.map((entry) => entry.actorId)).toEqual(['lead-1']);

    // The assessor is answered on the case itself.
    await untilLoaded(assessor, () => assessor.goto(`${stack().portalUrl}/tasks/${kept!.taskId}`));
    expect(await assessor.locator('.govuk-inset-text').first().innerText()).toMatch(
      /^Flagged for exclusion: .+ The lead inspector kept the case in the sample \(Grace Okafor, .+\): go on with the assessment\.$/,
    );
    await checkPage(assessor, JOURNEY, 'kept-on-the-case');
  });
});
