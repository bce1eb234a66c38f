// The lead inspector's journey in Chromium, on the real stack, through the portal's pages only: sign in,
// start an inspection, build the team, upload the long list (a bad one first), draw, redraw, exclude a
// case and confirm the sample, assign every case, and follow progress. Every page passes axe and is
// photographed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callerAs, daysAfter, FIELDWORK_START_AHEAD, longListCsv } from '../../harness/index.ts';
import { fillDate } from '../support/date-input.ts';
import { checkPage } from '../support/page-checks.ts';
import { ANSWER_WAIT, expectErrorSummary, expectNotice, textOf } from '../support/page-messages.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'lead-inspector';
const stack = useStack();

describe('the lead inspector, in the browser', () => {
  let page: Page;
  /** An assessor holding a case once the cases are assigned. */
  let holder: string;

  it('starts an inspection', async () => {
    page = await signIn(stack(), 'lead-1', JOURNEY);
    await checkPage(page, JOURNEY, 'home');
    await page.getByRole('link', { name: 'Inspections', exact: true }).click();
    await checkPage(page, JOURNEY, 'inspections');
    await page.getByRole('button', { name: 'Start an inspection' }).click();
    await checkPage(page, JOURNEY, 'new-inspection');

    // Sent empty: every field says what it needs, beside it, and in a summary linked to it in the page's order.
    await page.getByRole('button', { name: 'Start the inspection' }).click();
    await expectErrorSummary(page, 'Enter the name of the youth justice service');
    expect(await page.title()).toMatch(/^Error: /);
    const linked = await page
      .locator('.govuk-error-summary a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
    expect(linked).toEqual([
      'yjsName',
      'yjsCode',
      'fieldworkStart-day',
      'fieldworkEnd-day',
      'assessmentsDue-day',
      'sampleSize',
    ]);
    const beside = await page.locator('.govuk-error-message').count();
    expect(beside).toBe(linked.length);
    await checkPage(page, JOURNEY, 'new-inspection-errors');

    await page.getByLabel('Name', { exact: true }).fill('Westmoor Youth Justice Service');
    await page.getByLabel('Code', { exact: true }).fill('WMR');
    await fillDate(page, 'Fieldwork starts', FIELDWORK_START_AHEAD);
    await fillDate(page, 'Fieldwork ends', daysAfter(FIELDWORK_START_AHEAD, 11));
    // Due before the fieldwork starts: every case would be overdue from the start.
    await fillDate(page, 'Case assessments are due', daysAfter(FIELDWORK_START_AHEAD, -1));
    await page.getByLabel('Sample size').fill('4');
    await page.getByRole('button', { name: 'Start the inspection' }).click();
    // The answer to this sending: the empty form's errors gone, only the due date's left.
    await expect
      .poll(() => textOf(page, '.govuk-error-summary'))
      .not.toContain('Enter the name of the youth justice service');
    expect(await textOf(page, '.govuk-error-summary')).toContain(
      'Enter the date case assessments are due, on or after the day fieldwork starts',
    );
    await checkPage(page, JOURNEY, 'new-inspection-due-early');
    await fillDate(page, 'Case assessments are due', daysAfter(FIELDWORK_START_AHEAD, 9));
    await page.getByRole('button', { name: 'Start the inspection' }).click();
    await expect
      .poll(() => page.locator('h1').innerText(), ANSWER_WAIT)
      .toBe('Westmoor Youth Justice Service');
    await expectNotice(page, 'Inspection started');
    // The frameworks by the names people know them by, not by their ids ("d2-v6.5").
    expect(await page.locator('.govuk-summary-list').innerText()).toMatch(
      /Frameworks\s+Court disposals CARaG v6\.5, Out-of-court disposals CARaG v3\.6, Youth justice standards 2020/,
    );
    // A step that cannot start yet is in the list, but not a link (GOV.UK's task list).
    const steps = page.locator('#steps, .govuk-task-list').first();
    expect(await steps.innerText()).toMatch(/Assign cases\s+Cannot start yet/);
    expect(await steps.getByRole('link', { name: 'Assign cases' }).count()).toBe(0);
    expect(await steps.getByRole('link', { name: 'Build the team' }).count()).toBe(1);
    await checkPage(page, JOURNEY, 'inspection');
  });

  it('builds the team', async () => {
    await page.getByRole('link', { name: 'Build the team' }).click();
    await checkPage(page, JOURNEY, 'team');
    // The roles as the inspectorate says them, not as humanised codes ("Qa reviewer").
    expect(await page.getByLabel('Role').locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['QA reviewer', 'YJS contact', 'Local assessor']),
    );
    // By the address they sign in with (any case), or by the user id the identity provider knows them by.
    for (const [named, role, name] of [
      ['Amir.Hussain@inspectorate.example', 'inspector', 'Amir Hussain'],
      ['assessor-1', 'local-assessor', 'Dana Whitfield'],
    ] as const) {
      await page.getByLabel('Email address or user id').fill(named);
      await page.getByLabel('Role').selectOption(role);
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await expectNotice(page, `${name} is on the team`);
    }
    // An address nobody has signed in with, and no role: both said at once, in the page's order.
    await page.getByLabel('Email address or user id').fill('nobody@inspectorate.example');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expectErrorSummary(
      page,
      'No one has signed in to Youth justice inspections with this email address',
    );
    expect(await textOf(page, '.govuk-error-summary')).toMatch(/this email address.*\n.*Choose a role/s);
    await page.getByLabel('Email address or user id').fill('not a user id!');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expectErrorSummary(page, 'Enter their email address, or their user id');
    await checkPage(page, JOURNEY, 'team-error');
    // Each member by name, the lead too.
    const members = await page.locator('table').innerText();
    expect(members).toMatch(/Dana Whitfield\s+Local assessor/);
    expect(members).toMatch(/Amir Hussain\s+Inspector/);
    expect(members).toMatch(/Grace Okafor\s+Lead inspector/);
  });

  it('uploads the long list: a bad one is refused row by row and kept nowhere, then a good one', async () => {
    await page.getByRole('link', { name: 'Continue to the long list' }).click();
    await checkPage(page, JOURNEY, 'long-list');
    // Line 2 names a disposal type that does not exist; line 4 a date that is not one.
    const lines = longListCsv(FIELDWORK_START_AHEAD, 6).split('\n');
    lines[1] = lines[1]!.replace(/^([^,]+),[^,]+,/, '$1,caution_x,');
    lines[3] = lines[3]!.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$1-13-$3,');
    const bad = lines.join('\n');
    await page
      .getByLabel('Long list file')
      .setInputFiles({ name: 'long-list.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expectErrorSummary(page, 'Correct the 2 rows listed below, then upload the file again');
    expect(await textOf(page, 'table')).toMatch(/Line\s+What is wrong\s+2\s[^\n]*\n4\s/);
    await checkPage(page, JOURNEY, 'long-list-errors');
    const good = longListCsv(FIELDWORK_START_AHEAD, 40);
    await page
      .getByLabel('Long list file')
      .setInputFiles({ name: 'long-list.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expectNotice(page, 'Long list uploaded: 40 cases');
    await checkPage(page, JOURNEY, 'sample-none');
  });

  it('draws the sample, redraws it with a seed, excludes a case and sees its replacement, confirms', async () => {
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await expectNotice(page, 'Sample drawn');
    await page.getByLabel('Seed (optional)').fill('browser-journey');
    await page.getByRole('button', { name: 'Redraw the sample' }).click();
    await expect.poll(() => textOf(page, 'main'), ANSWER_WAIT).toContain('Drawn with seed browser-journey');
    await checkPage(page, JOURNEY, 'sample');
    // Disposal types and sides by their names, not the long list's codes.
    const selected = await page.getByRole('table', { name: 'Selected cases' }).innerText();
    expect(selected).toMatch(/Custodial sentence\s+Court\s+Custodial sentence \(court\), pick 1/);
    expect(selected).not.toMatch(/custodial_sentence|_oocd|\bOocd\b/);
    const first = (await page.locator('table').first().locator('tbody tr td').first().innerText()).trim();
    await page.getByRole('button', { name: 'Exclude the case' }).click();
    await expectErrorSummary(page, 'Choose the case to exclude');
    await checkPage(page, JOURNEY, 'sample-exclusion-error');
    await page.getByLabel('Case', { exact: true }).selectOption(first);
    await page
      .getByLabel('Why is it excluded?')
      .fill('The child moved to another YJS before the disposal started.');
    await page.getByRole('button', { name: 'Exclude the case' }).click();
    await expect
      .poll(() => textOf(page, '.govuk-notification-banner'), ANSWER_WAIT)
      .toMatch(new RegExp(`Case ${first} excluded; C\\d{4} replaces it`));
    expect(await page.getByRole('table', { name: 'Excluded cases' }).innerText()).toContain(first);
    // Why the replacement was picked names its stratum in words, not by the long list's code.
    expect(await textOf(page, 'main')).toMatch(/excluded: next on the [a-z -]+ reserve/);
    await checkPage(page, JOURNEY, 'sample-excluded');
    await page.getByRole('button', { name: 'Confirm the sample' }).click();
    await expectNotice(page, 'Sample confirmed');
  });

  it('assigns every case automatically, reassigns one, and follows progress', async () => {
    // The case assessments start as the workflow confirms; the page lists them once they have.
    await expect
      .poll(async () => (await page.reload(), page.locator('tbody tr').count()), ANSWER_WAIT)
      .toBe(4);
    await checkPage(page, JOURNEY, 'assignments');
    await page.getByRole('button', { name: 'Assign automatically' }).click();
    await expectNotice(page, 'Cases assigned automatically');
    await expect
      .poll(async () => (await page.reload(), textOf(page, 'tbody')), ANSWER_WAIT)
      .not.toContain('No one yet');
    await checkPage(page, JOURNEY, 'assigned');
    const row = page.locator('tbody tr').first();
    const caseRef = (await row.locator('td').first().innerText()).trim();
    const current = (await row.locator('td').nth(2).innerText()).trim();
    // The assessors by name, in the table and in each case's choice.
    const other = current === 'Amir Hussain' ? 'Dana Whitfield' : 'Amir Hussain';
    await row.getByRole('combobox').selectOption({ label: other });
    await row.getByRole('button', { name: `Reassign case ${caseRef}` }).click();
    await expectNotice(page, `Case ${caseRef} assigned to ${other}`);
    holder = other;
    await page.getByRole('link', { name: 'See progress' }).click();
    await expect.poll(() => textOf(page, 'main'), ANSWER_WAIT).toContain('Assigned');
    expect(await page.locator('tbody tr').count()).toBe(4);
    await checkPage(page, JOURNEY, 'progress');
  });

  it('updates the progress in place when a case moves on, keeping the sort and the focus, and says when', async () => {
    const inspectionId = /\/inspections\/([0-9a-f-]{36})\/progress$/.exec(page.url())![1]!;
    const status = () => page.locator('#progress-status').textContent();
    // Not a live region: a screen reader would read the whole table again at each update.
    expect(await page.locator('#progress').getAttribute('aria-live')).toBeNull();
    // Sorted by assessor (MOJ's sortable table), the focus on that column's button.
    await page.getByRole('button', { name: 'Assessor' }).click();
    const assessorHeader = page.locator('thead th').nth(2);
    expect(await assessorHeader.getAttribute('aria-sort')).toBe('ascending');
    // A refresh (every 15 seconds) that finds nothing changed says nothing.
    await page.waitForTimeout(16_000);
    expect(await status()).toBe('');

    // A case starts: its assessor saves a first draft.
    const { system } = stack();
    const task = await system.fieldworkDb.caseTask.findFirstOrThrow({
      where: { inspectionId },
      orderBy: { caseRef: 'asc' },
    });
    const role = task.assigneeId === 'assessor-1' ? 'local-assessor' : 'inspector';
    const assessor = callerAs(system, task.assigneeId!, [role]);
    const { version } = (await assessor('GET', `/api/fieldwork/tasks/${task.id}`)).body as {
      version: number;
    };
    const saved = await assessor('PUT', `/api/fieldwork/tasks/${task.id}/draft`, {
      version,
      answers: {},
      inspectorClassification: {},
    });
    expect(saved.status).toBe(200);
    await expect.poll(status, { timeout: 60_000 }).toMatch(/^Progress updated at \d{1,2}:\d{2}(am|pm)$/);
    expect(await textOf(page, '#progress')).toContain('In progress');
    // Still sorted as the lead left it, by MOJ's table (its buttons back), with the focus where it was.
    expect(await page.locator('thead th button').count()).toBe(4);
    expect(await assessorHeader.getAttribute('aria-sort')).toBe('ascending');
    const assessors = await page.locator('tbody td[data-label="Assessor"]').allInnerTexts();
    expect(assessors).toEqual([...assessors].sort((a, b) => a.localeCompare(b)));
    expect(
      await page.evaluate(() => [
        document.activeElement?.textContent?.trim(),
        document.activeElement?.closest('th')?.getAttribute('aria-sort'),
      ]),
    ).toEqual(['Assessor', 'ascending']);
    await checkPage(page, JOURNEY, 'progress-refreshed');
  });

  it('cannot take an assessor holding cases off the team: the refusal is about the members, not the form to add one', async () => {
    await page.goto(page.url().replace(/\/progress$/, '/team'));
    await page.getByRole('button', { name: new RegExp(`^Remove ${holder} as `) }).click();
    await expectErrorSummary(page, 'still with them. Reassign');
    expect(await page.locator('.govuk-error-summary a').first().getAttribute('href')).toBe('#members');
    // In fieldwork the long list cannot change: the page does not send the lead there as its next step.
    expect(await page.getByRole('link', { name: 'Continue to the long list' }).count()).toBe(0);
    await checkPage(page, JOURNEY, 'team-removal-refused');
  });
});
