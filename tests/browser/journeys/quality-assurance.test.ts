// Quality assurance in Chromium, on the real stack. The inspection is brought to fieldwork and its cases
// answered and submitted through the APIs; everything QA does is through the portal's pages: the lead sets
// the QA policy (every case, every review blind; a form with a bad share first); the reviewer finds the queue
// from the home page, filters it, claims a case, records their own judgements (an empty form first), returns
// the assessment (without a reason first) with a comment on one question; the assessor sees the reason, the
// question commented on listed near the top and linked to its comment beside the question, revises,
// resubmits, and raises a safeguarding alert on another case (an empty form first); the reviewer sees the
// difference between the two versions and approves; the lead acknowledges the alert and records an action,
// reads the QA progress (blockers, agreement, live ratings), and reopens the approved case for correction
// (without a reason first). A second reviewer's run has JavaScript off. Every page passes axe and is
// photographed.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findQuestion, requireFramework } from '@yji/domain';
import {
  callerAs,
  completeAssessment,
  daysFromNow,
  eventually,
  fieldworkHoldsQaSettings,
  PEOPLE,
  type InspectionInFieldwork,
  type Json,
  questionsOf,
} from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { expectErrorSummary, expectNotice, textOf } from '../support/page-messages.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

/**
 * The Claim button in the queue row of this task. The queue spans every inspection the reviewer reviews, and
 * earlier runs share the database: another inspection's case may have the same reference.
 */
const claimButton = (page: Page, taskId: string) =>
  page
    .locator('tr', { has: page.locator(`a[href="/qa/${taskId}"]`) })
    .getByRole('button', { name: /^Claim/ });

const JOURNEY = 'quality-assurance';
const stack = useStack();
const FIELDWORK_START = daysFromNow(30);
const notice = (page: Page) => textOf(page, '.govuk-notification-banner');
let inspection: InspectionInFieldwork;
/**
 * The case returned, revised and approved, the question commented on, and its answer before and after; and
 * the label of an option the assessor chose (the framework's words, not the option's code).
 */
let returned: {
  taskId: string;
  caseRef: string;
  code: string;
  before: string;
  after: string;
  chosen: string;
};
/** The case the reviewer without JavaScript approves. */
let other: { taskId: string; caseRef: string };

beforeAll(async () => {
  inspection = await inspectionForTheInspector(stack, {
    team: [PEOPLE.inspector, PEOPLE.reviewer],
    fieldworkStart: FIELDWORK_START,
    seed: 'qa-browser',
  });
}, 120_000);

/** An option's code as a page that lost its label would show it: "white_british" → "white british". */
const codeWrittenOut = (code: string) => code.replace(/[-_]/g, ' ').toLowerCase();

/** Answers the case completely and submits it, as its assessor, through the fieldwork API. */
async function submitCase(taskId: string) {
  const assessor = callerAs(stack().system, 'inspector-1', ['inspector']);
  const path = `/api/fieldwork/tasks/${taskId}`;
  const task = (await assessor('GET', path)).body;
  const { answers, firstDraft } = completeAssessment(task);
  const saved = await assessor('PUT', `${path}/draft`, firstDraft(Object.keys(answers).length));
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const interview = { date: FIELDWORK_START, withWhom: 'case manager', notes: 'Plan.' };
  expect((await assessor('PUT', `${path}/interview`, interview)).status).toBe(200);
  const submitted = await assessor('POST', `${path}/submit`, { version: saved.body.version });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return { task, answers };
}

/**
 * Near the top of the returned case, the list of the questions the reviewer commented on: here one, by its
 * number and words, the comment's own words not in the list (they are beside the question).
 */
async function expectCommentsListed(page: Page) {
  const list = page.locator('#reviewer-comments');
  const words = await list.innerText();
  expect(words).toContain('The reviewer commented on 1 question.');
  expect(words).not.toContain('Which record shows this?');
  const links = await list.getByRole('link').allInnerTexts();
  expect(links).toHaveLength(1);
  expect(links[0]!.startsWith(`${returned.code} `), links[0]).toBe(true);
  // Before the long form, near the top.
  const [listTop, formTop] = await Promise.all(
    [list, page.locator('#assessment')].map((one) => one.evaluate((el) => el.getBoundingClientRect().top)),
  );
  expect(listTop).toBeLessThan(formTop!);
}

/**
 * Follows the first link of the list of comments: the page's address takes its fragment, and the element it
 * names, on the page and shown, is in view, naming the question commented on. Answers the element's id.
 */
async function followFirstCommentLink(page: Page) {
  const link = page.locator('#reviewer-comments a').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^#/);
  await link.click();
  expect(new URL(page.url()).hash).toBe(href);
  const target = page.locator(href);
  expect(await target.count()).toBe(1);
  expect(await target.isVisible()).toBe(true);
  expect(await target.innerText()).toContain(returned.code);
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(page.viewportSize()!.height);
  return href.slice(1);
}

describe('quality assurance, in the browser', () => {
  it('the lead inspector sets the QA policy: a bad share is refused, then every case goes to a blind review', async () => {
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/inspections/${inspection.id}`);
    await page.getByRole('link', { name: 'Quality assurance settings' }).click();
    await checkPage(page, JOURNEY, 'qa-settings');
    // A local assessor's share is no setting: every one of their cases goes to QA.
    expect(await textOf(page, 'main')).toContain('Every local assessor’s case goes to quality assurance');
    await page.getByLabel('Share of each inspector’s cases').fill('150');
    await page.getByLabel('Seed', { exact: true }).fill('qa-browser');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expectErrorSummary(page, 'Enter the share of each inspector’s cases: a number from 0 to 100');
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#shareInspector');
    await checkPage(page, JOURNEY, 'qa-settings-error');
    await page.getByLabel('Share of each inspector’s cases').fill('100');
    await page.getByLabel('Share of reviews done blind').fill('100');
    // Someone off the team never reads the children's alerts: the second person is on the team.
    await page.getByLabel('Second named person').fill('laura.evans@inspectorate.example');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expectErrorSummary(
      page,
      'Enter someone on the inspection team, other than the YJS’s contact, or add them to the team first',
    );
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#secondPersonId');
    await checkPage(page, JOURNEY, 'qa-settings-second-person-off-team');
    await page.getByLabel('Second named person').fill('esther.mensah@inspectorate.example');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await expectNotice(page, 'Quality assurance settings saved');
    expect(await page.getByLabel('Share of reviews done blind').inputValue()).toBe('100');
    expect(await page.getByLabel('Second named person').inputValue()).toBe(
      'esther.mensah@inspectorate.example',
    );
    await checkPage(page, JOURNEY, 'qa-settings-saved');

    const { system } = stack();
    await fieldworkHoldsQaSettings(system, inspection.id);
    const [first, second] = inspection.cases;
    const { task, answers } = await submitCase(first!.taskId);
    await submitCase(second!.taskId);
    // A yes/no prompt the reviewer comments on and the assessor changes when revising.
    const prompt = questionsOf(task).find(
      (q) => q.kind === 'prompt' && q.allowed?.includes('yes') && q.allowed?.includes('no'),
    )!;
    const before = answers[prompt.code] as string;
    const framework = requireFramework(task.frameworkId);
    const [chosen] = Object.entries(answers).flatMap(([code, value]) => {
      const scale = findQuestion(framework, code)?.answers;
      const option = scale?.type === 'choice' && scale.options.find((candidate) => candidate.value === value);
      // One whose label is more than its code written out ("white_british": "White: English, Welsh, …").
      return option && option.label.toLowerCase() !== codeWrittenOut(option.value) ? [option.label] : [];
    });
    returned = {
      ...first!,
      code: prompt.code,
      before,
      after: before === 'yes' ? 'no' : 'yes',
      chosen: chosen!,
    };
    other = second!;
  });

  it('the reviewer claims a case from the queue, judges it blind, and returns it with a comment', async () => {
    const { system } = stack();
    const reviewer = callerAs(system, 'qa-1', ['qa-reviewer']);
    await eventually('both cases in the QA queue', async () => {
      const queue = await reviewer('GET', `/api/fieldwork/reviews?inspectionId=${inspection.id}`);
      return queue.body.reviews?.length === 2 ? true : undefined;
    });
    const page = await signIn(stack(), 'qa-1', JOURNEY);
    expect(await textOf(page, '#decisions')).toMatch(/\d+ cases? waiting for quality assurance/);
    await checkPage(page, JOURNEY, 'reviewer-home');
    await page.getByRole('link', { name: /waiting for quality assurance/ }).click();
    await page.getByLabel('Assessor').selectOption('inspector-1');
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(page.url()).toContain('assessorId=inspector-1');
    expect(await page.locator(`a[href="/qa/${returned.taskId}"]`).count()).toBe(1);
    // Each case's framework by its name, in the table and in the filter's choices, not by its id.
    expect(
      await page.locator('tr', { has: page.locator(`a[href="/qa/${returned.taskId}"]`) }).innerText(),
    ).toMatch(/(Court|Out-of-court) disposals CARaG v\d/);
    // Waiting since a day with a short month and a time, UK time, as a table writes them.
    expect(
      await page.locator('tr', { has: page.locator(`a[href="/qa/${returned.taskId}"]`) }).innerText(),
    ).toMatch(/\t\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}[ap]m\t/);
    expect(await page.getByLabel('Framework').locator('option').allInnerTexts()).not.toContainEqual(
      expect.stringMatching(/^d\d-v/),
    );
    await checkPage(page, JOURNEY, 'queue');
    await claimButton(page, returned.taskId).click();
    await expectNotice(page, 'Case claimed');
    expect(page.url()).toBe(`${stack().portalUrl}/qa/${returned.taskId}`);
    // Blind: the assessor's answers are not on the page until the reviewer's own judgements are in.
    expect(await page.locator('main').innerText()).not.toContain('The submitted assessment');
    // Each key question is named by the summary judgement the assessor answers for it, as the assessment
    // shows it once the judgements are in (A1S), not by the standard's numbering (3.1.1).
    const legends = await page.locator('main legend').allInnerTexts();
    expect(legends.length).toBeGreaterThan(0);
    for (const legend of legends) expect(legend).toMatch(/^\S+S [A-Z]/);
    await checkPage(page, JOURNEY, 'blind-judgements');
    await page.getByRole('button', { name: 'Record my judgements' }).click();
    await expectErrorSummary(page, 'Choose your judgement');
    await checkPage(page, JOURNEY, 'blind-judgements-error');
    for (const group of await page.locator('.govuk-radios').all())
      await group.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Record my judgements' }).click();
    await expectNotice(page, 'Your judgements are recorded');
    expect(await textOf(page, 'main')).toContain('The submitted assessment (round 1)');
    expect(await textOf(page, 'main')).toContain(`Answer: ${returned.chosen}`);
    expect(await textOf(page, 'main')).toContain('The blind judgements recorded for this case');
    await checkPage(page, JOURNEY, 'review');

    await page.getByRole('button', { name: 'Return to the assessor' }).click();
    await expectErrorSummary(page, 'Enter why the assessment goes back');
    await checkPage(page, JOURNEY, 'return-error');
    await page.getByText(`Comment on ${returned.code}`, { exact: true }).click();
    await page
      .getByLabel(`Comment on ${returned.code} for the assessor (optional)`)
      .fill('Which record shows this?');
    await page
      .getByLabel('Why does the assessment go back?')
      .fill('The evidence for one prompt is not clear.');
    await page.getByRole('button', { name: 'Return to the assessor' }).click();
    await expectNotice(page, `Case ${returned.caseRef} returned to its assessor`);
    await checkPage(page, JOURNEY, 'queue-after-return');
  });

  it('the assessor sees the reason and the comment beside the question, revises and resubmits', async () => {
    const page = await signIn(stack(), 'inspector-1', JOURNEY);
    const link = page.locator(`#decisions a[href="/tasks/${returned.taskId}"]`);
    expect(await link.count()).toBe(1);
    await checkPage(page, JOURNEY, 'assessor-home');
    await link.click();
    // Its state says it is back with the assessor, not "Submitted" beside QA's reason.
    expect(await textOf(page, 'main .govuk-tag')).toBe('Returned by QA');
    expect(await textOf(page, '#returned')).toContain('The evidence for one prompt is not clear.');
    expect(await textOf(page, 'main')).toContain('Which record shows this?');
    // Returned, the case is the assessor's to revise: the page does not say it can no longer be changed.
    expect(await textOf(page, 'main')).toContain('Revise the assessment to change it.');
    expect(await textOf(page, 'main')).not.toContain('can no longer be changed');
    await expectCommentsListed(page);
    await checkPage(page, JOURNEY, 'returned-case');
    await followFirstCommentLink(page);
    await page.getByRole('button', { name: 'Revise the assessment' }).click();
    await expectNotice(page, 'The case is open to revise');
    const comment = page.locator('.app-reviewer-comment', { hasText: `comment on ${returned.code}:` });
    expect(await comment.innerText()).toContain('Which record shows this?');
    await expectCommentsListed(page);
    await checkPage(page, JOURNEY, 'revising');
    // On the form, the link lands on the comment, just above its question.
    expect(await followFirstCommentLink(page)).toBe(await comment.getAttribute('id'));
    await page.locator(`[name="q.${returned.code}"][value="${returned.after}"]`).check();
    await page.getByRole('button', { name: 'Submit the assessment' }).click();
    expect(await page.locator('.govuk-error-summary').allInnerTexts()).toEqual([]);
    await expectNotice(page, 'Case submitted');
    await checkPage(page, JOURNEY, 'resubmitted');

    // A safeguarding alert on their other case: an empty form first.
    await page.goto(`${stack().portalUrl}/tasks/${other.taskId}`);
    await page.getByRole('link', { name: 'Raise a safeguarding alert' }).click();
    // The form names the case it is about, above its heading and in its breadcrumb (never in its title).
    const namesTheCase = async () => {
      expect(await textOf(page, 'main .govuk-caption-l')).toBe(`Case ${other.caseRef}`);
      expect(await page.locator('.govuk-breadcrumbs__link').last().innerText()).toBe(`Case ${other.caseRef}`);
    };
    await namesTheCase();
    await checkPage(page, JOURNEY, 'raise-alert');
    await page.getByRole('button', { name: 'Raise the alert' }).click();
    await expectErrorSummary(page, 'Choose what the concern is about');
    await namesTheCase();
    await checkPage(page, JOURNEY, 'raise-alert-error');
    await page
      .getByRole('group', { name: 'What is the concern about?' })
      .getByLabel('Harm from others')
      .check();
    await page.getByRole('group', { name: 'Who is not safe?' }).getByLabel('This child').check();
    await page
      .getByRole('group', { name: 'How urgent is it?' })
      .getByLabel('Urgent', { exact: true })
      .check();
    await page.getByLabel('What did you see?').fill('A concern noted on the case file');
    await page.getByLabel('What have you done so far?').fill('Told the case manager');
    await page.getByLabel('Through this service only').check();
    await page.getByRole('button', { name: 'Raise the alert' }).click();
    await expectNotice(page, 'Safeguarding alert raised');
    expect(page.url()).toBe(`${stack().portalUrl}/tasks/${other.taskId}`);
  });

  it('the reviewer sees what changed between the versions and approves', async () => {
    const { system } = stack();
    const reviewer = callerAs(system, 'qa-1', ['qa-reviewer']);
    await eventually('the resubmission back with its reviewer', async () => {
      const queue = await reviewer('GET', `/api/fieldwork/reviews?inspectionId=${inspection.id}`);
      const entry = (queue.body.reviews as Json[] | undefined)?.find((r) => r.taskId === returned.taskId);
      return entry?.state === 'awaiting-qa' && entry.round === 2 ? true : undefined;
    });
    const page = await signIn(stack(), 'qa-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/qa`);
    await claimButton(page, returned.taskId).click();
    await expectNotice(page, 'Case claimed');
    await page.getByRole('button', { name: 'Show the differences' }).click();
    const diff = await textOf(page, '#diff');
    expect(diff).toContain('Round 1 to round 2');
    expect(diff).toContain(returned.code);
    // The answers in the form's words ("Yes", "No"), as the assessor chose them, not their codes.
    expect(diff).toMatch(
      new RegExp(`${returned.before === 'yes' ? 'Yes' : 'No'}\\s+${returned.after === 'yes' ? 'Yes' : 'No'}`),
    );
    await checkPage(page, JOURNEY, 'diff');
    await page.getByRole('button', { name: 'Approve the assessment' }).click();
    await expectNotice(page, `Case ${returned.caseRef} approved`);
    await checkPage(page, JOURNEY, 'approved');
  });

  it('the lead acknowledges an alert, follows QA progress and agreement, and reopens the approved case', async () => {
    const { system } = stack();
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const alerts = (await lead('GET', `/api/fieldwork/inspections/${inspection.id}/alerts`)).body
      .alerts as Json[];
    expect(alerts.map((alert) => alert.caseRef)).toEqual([other.caseRef]);
    const alertId = alerts[0]!.alertId as string;
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    const alertsLink = page.locator(`#decisions a[href="/inspections/${inspection.id}/alerts"]`);
    expect(await alertsLink.innerText()).toBe('1 safeguarding alert to acknowledge');
    await checkPage(page, JOURNEY, 'lead-home');
    await alertsLink.click();
    expect(await textOf(page, `#alert-${alertId}`)).toContain('A concern noted on the case file');
    await checkPage(page, JOURNEY, 'alerts');
    await page.getByRole('button', { name: `Acknowledge the alert on case ${other.caseRef}` }).click();
    await expectNotice(page, 'Alert acknowledged');
    await page.getByRole('button', { name: 'Record the action' }).click();
    await expectErrorSummary(page, 'Enter what has been done');
    // Longer than an action holds: said so, kept, and never sent (it once came back as "the alert has moved on").
    await page.getByLabel('What has been done since?').fill('x'.repeat(4001));
    await page.getByRole('button', { name: 'Record the action' }).click();
    await expectErrorSummary(page, 'What has been done must be 4,000 characters or fewer');
    expect(await page.getByLabel('What has been done since?').inputValue()).toHaveLength(4001);
    await page
      .getByLabel('What has been done since?')
      .fill('Spoke to the YJS manager, who referred it the same day.');
    await page.getByRole('button', { name: 'Record the action' }).click();
    await expectNotice(page, 'Action recorded');
    await checkPage(page, JOURNEY, 'alert-action');

    await page.goto(`${stack().portalUrl}/inspections/${inspection.id}`);
    await page.getByRole('link', { name: 'Quality assurance', exact: true }).click();
    expect(await textOf(page, '#blockers')).toContain(`Case ${other.caseRef}: waiting for a QA reviewer`);
    const main = await textOf(page, 'main');
    expect(main).toContain('From 1 blind review');
    expect(main).toContain('Live ratings');
    // Key questions by what they ask about, in the agreement and the live ratings, not by number alone.
    expect(main).toMatch(/\d\.\d\.1 Supporting the child's desistance/);
    await checkPage(page, JOURNEY, 'qa-progress');

    await page.getByRole('link', { name: `Reopen for correction case ${returned.caseRef}` }).click();
    await checkPage(page, JOURNEY, 'correction');
    await page.getByRole('button', { name: 'Reopen for correction' }).click();
    await expectErrorSummary(page, 'Enter why the assessment is reopened');
    await page
      .getByLabel('Why is the assessment reopened?')
      .fill('The panel found a prompt answered for the wrong period.');
    await page.getByRole('button', { name: 'Reopen for correction' }).click();
    await expectNotice(page, `Case ${returned.caseRef} reopened for correction`);
    await checkPage(page, JOURNEY, 'qa-progress-after-correction');
  });

  it('without JavaScript, a reviewer claims, judges blind and approves a case', async () => {
    const journey = `${JOURNEY}-no-js`;
    const page = await signIn(stack(), 'qa-1', journey, { javaScript: false });
    await page.goto(`${stack().portalUrl}/qa`);
    await checkPage(page, journey, 'queue');
    await claimButton(page, other.taskId).click();
    expect(await notice(page)).toContain('Case claimed');
    for (const group of await page.locator('.govuk-radios').all())
      await group.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Record my judgements' }).click();
    expect(await notice(page)).toContain('Your judgements are recorded');
    await checkPage(page, journey, 'review');
    await page.getByRole('button', { name: 'Approve the assessment' }).click();
    expect(await notice(page)).toContain(`Case ${other.caseRef} approved`);
    await checkPage(page, journey, 'approved');
  });
});
