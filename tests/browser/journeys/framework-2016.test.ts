// A 2016 FJI/SQS case assessed end to end in the browser, with and without JavaScript. The lead starts the
// inspection: the form offers the 2016 framework beside the youth standards, with the YJS's country and the
// programme; a programme left out or a short quality screening given modules is refused in the error
// summary, linked to the programme; a full joint inspection in Wales with its courts module is started and
// stored as chosen. The lead builds the team, uploads a court-only long list, draws and confirms the sample
// and assigns the cases. The inspector records the structured interview (002 13a–c, in Welsh), which opens
// View 5, answers every question the domain's rules apply to the case as the form opens them (judgements
// Sufficient and Insufficient, the explanations an Insufficient asks for, the per-factor grids, numbers,
// "select all that apply", the Welsh questions), and submits: the page shows the case read-only in the
// framework's words, QA (every case, not blind) sees it judged View by View, and the fieldwork service holds
// exactly those answers, judged per View.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  locatedQuestions,
  requireFramework,
  sectionJudgements,
  type Answers,
  type CaseContext,
} from '@yji/domain';
import { completeAnswers } from '@yji/domain/testing';
import {
  callersOf,
  daysAfter,
  eventually,
  FIELDWORK_START_AHEAD,
  FJI_2016_FRAMEWORKS,
  isCourtRow,
  longListCsv,
} from '../../harness/index.ts';
import { answerCaseForm, sendCaseForm, SHOWN_QUESTION, untilLoaded } from '../support/case-form.ts';
import { fillDate } from '../support/date-input.ts';
import { checkPage } from '../support/page-checks.ts';
import { ANSWER_WAIT, sendExpectingErrors, sendExpectingNotice, textOf } from '../support/page-messages.ts';
import { signIn, useStack } from '../support/stack.ts';

const stack = useStack();
const FJI_SQS_2016 = requireFramework('fji-sqs-2016');
/** The case as the rules see it: a court case of this FJI in Wales, after a first interview held in Welsh. */
const caseContextOf = (disposalType: string): CaseContext => ({
  disposalType,
  inspectorClassification: {},
  interview: { tookPlace: true, role: 'case_manager', caseManagerSeenBefore: false, language: 'welsh' },
  inspection: { country: 'wales', programme: 'fji', modules: ['courts'] },
});

/**
 * A complete assessment of a 2016 case by the domain's rules: every third judgement of the framework
 * Insufficient (so its explanation question opens), everything else its first answer.
 */
function assessmentOf(caseContext: CaseContext): Answers {
  const judgements = locatedQuestions(FJI_SQS_2016).filter(
    ({ question }) => question.answers.type === 'sufficiency',
  );
  const insufficient = judgements
    .filter((_, index) => index % 3 === 1)
    .map(({ question }) => [question.code, 'insufficient']);
  return completeAnswers(FJI_SQS_2016, caseContext, Object.fromEntries(insufficient));
}

describe.each([
  { javaScript: true, journey: 'framework-2016' },
  { javaScript: false, journey: 'framework-2016-no-js' },
])('a 2016 inspection started in the browser ($journey)', ({ javaScript, journey }) => {
  let page: Page;

  const START = 'Start the inspection';

  it('offers the 2016 framework and its programme', async () => {
    page = await signIn(stack(), 'lead-1', journey, { javaScript });
    await page.goto(new URL('/inspections/new', page.url()).href);
    const family = page.getByRole('group', { name: 'Case assessment frameworks' });
    await family.getByLabel(FJI_SQS_2016.name, { exact: true }).check();
    const programme = page.getByRole('group', { name: 'Programme' });
    await expect.poll(() => programme.isVisible()).toBe(true);
    // With JavaScript the youth standards' slots are hidden once the 2016 framework is chosen.
    await expect
      .poll(() => page.getByRole('group', { name: 'Court disposals (domain two)' }).isVisible())
      .toBe(!javaScript);
    await checkPage(page, journey, 'new-inspection-2016');
  });

  it('refuses a missing programme, and modules for a short quality screening, linked to the programme', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Glanmor Youth Justice Service');
    await page.getByLabel('Code', { exact: true }).fill(javaScript ? 'GLN' : 'GLN-2');
    await page.getByRole('group', { name: 'Country' }).getByLabel('Wales').check();
    await fillDate(page, 'Fieldwork starts', FIELDWORK_START_AHEAD);
    await fillDate(page, 'Fieldwork ends', daysAfter(FIELDWORK_START_AHEAD, 11));
    await fillDate(page, 'Case assessments are due', daysAfter(FIELDWORK_START_AHEAD, 9));
    await page.getByLabel('Sample size').fill('2');
    await sendExpectingErrors(page, START, 'Choose the 2016 programme');
    expect(await page.title()).toMatch(/^Error: /);
    // What was chosen is kept: the 2016 framework is still the choice, so the programme shows.
    expect(await page.getByLabel(FJI_SQS_2016.name, { exact: true }).isChecked()).toBe(true);
    await checkPage(page, journey, 'new-inspection-2016-no-programme');
    await page.locator('.govuk-error-summary a').filter({ hasText: 'Choose the 2016 programme' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('programme');

    await page.getByLabel('Short quality screening (SQS)').check();
    await page
      .getByRole('group', { name: 'Modules the full joint inspection includes' })
      .getByLabel('Courts')
      .check();
    await sendExpectingErrors(page, START, 'Choose the 2016 programme');
    expect(await page.getByLabel('Courts').isChecked()).toBe(true);
    await checkPage(page, journey, 'new-inspection-2016-sqs-modules');
  });

  let inspectionId: string;

  it('starts a full joint inspection in Wales with its courts module', async () => {
    await page.getByLabel('Full joint inspection (FJI)').check();
    await page.getByRole('button', { name: START }).click();
    await expect
      .poll(() => page.locator('h1').innerText(), ANSWER_WAIT)
      .toBe('Glanmor Youth Justice Service');
    await checkPage(page, journey, 'inspection-2016');
    // 002 defines no ratings: no ratings panel and no report, said so rather than "cannot start yet".
    for (const step of ['Ratings panel', 'Report']) {
      expect(await page.locator('.govuk-task-list__item', { hasText: step }).innerText()).toContain(
        'None for a 2016 inspection',
      );
      expect(await page.getByRole('link', { name: step, exact: true }).count()).toBe(0);
    }
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    inspectionId = id;
    const stored = await callersOf(stack().system).lead('GET', `/api/inspections/${id}`);
    expect(stored.body.record).toMatchObject({
      yjs: { country: 'wales' },
      frameworks: FJI_2016_FRAMEWORKS,
      // 002 inspects court sentences: with no out-of-court framework the whole sample is court.
      sample: { size: 2, courtShare: 1 },
    });
  });

  it('builds the team, takes a court-only long list, draws and confirms the sample, and assigns the cases', async () => {
    await page.getByRole('link', { name: 'Build the team' }).click();
    await page.getByLabel('Email address or user id').fill('inspector-1');
    await page.getByLabel('Role').selectOption('inspector');
    await sendExpectingNotice(page, 'Add to the team', 'Amir Hussain is on the team');
    await checkPage(page, journey, 'team-2016');

    await page.getByRole('link', { name: 'Continue to the long list' }).click();
    // 002: a 2016 inspection assesses court sentences; the long list holds those only.
    const [header, ...rows] = longListCsv(FIELDWORK_START_AHEAD, 40).trim().split('\n');
    const courtOnly = `${[header, ...rows.filter(isCourtRow)].join('\n')}\n`;
    await page
      .getByLabel('Long list file')
      .setInputFiles({ name: 'long-list.csv', mimeType: 'text/csv', buffer: Buffer.from(courtOnly) });
    await sendExpectingNotice(page, 'Upload', `Long list uploaded: ${rows.filter(isCourtRow).length} cases`);
    await sendExpectingNotice(page, 'Draw the sample', 'Sample drawn');
    await checkPage(page, journey, 'sample-2016');
    await sendExpectingNotice(page, 'Confirm the sample', 'Sample confirmed');

    // The case assessments start as the workflow confirms; the page lists them once they have.
    await expect
      .poll(async () => (await page.reload(), page.locator('tbody tr').count()), ANSWER_WAIT)
      .toBe(2);
    await sendExpectingNotice(page, 'Assign automatically', 'Cases assigned automatically');
    await expect
      .poll(async () => (await page.reload(), textOf(page, 'tbody')), ANSWER_WAIT)
      .not.toContain('No one yet');
    await checkPage(page, journey, 'assigned-2016');
  });

  let taskId: string;
  let answers: Answers;

  it('the inspector records the interview in Welsh, which opens View 5', async () => {
    const { inspector } = callersOf(stack().system);
    const task = await eventually('the case task assigned to inspector-1', async () => {
      const listed = await inspector('GET', `/api/fieldwork/tasks?inspectionId=${inspectionId}`);
      return (listed.body.tasks as { taskId: string }[] | undefined)?.[0];
    });
    taskId = task.taskId;
    page = await signIn(stack(), 'inspector-1', journey, { javaScript });
    await page.getByRole('link', { name: 'My case tasks' }).first().click();
    // Earlier runs' tasks may fill the first pages: page on as a person would.
    const link = page.locator(`a[href="/tasks/${taskId}"]`);
    while ((await link.count()) === 0) await page.getByRole('link', { name: /Next page/ }).click();
    await untilLoaded(page, () => link.click());
    expect(await page.title()).toBe('Case task – Youth justice inspections');
    // The Welsh-language questions (002 9a–e) are asked of a YJS in Wales; View 5 waits for the interview.
    expect(await page.locator(`${SHOWN_QUESTION} [name^="q.9a"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${SHOWN_QUESTION} [name^="q.5."]`).count()).toBe(0);
    // No 2016 rule reads the inspector's classifications or the care-experience facts: the form asks neither.
    expect(await page.getByRole('heading', { name: 'Your classifications' }).count()).toBe(0);
    const notRead = '[name="safetyWellbeing"], [name="riskOfHarm"], [name="careHome"], [name="careAssessed"]';
    expect(await page.locator(notRead).count()).toBe(0);
    await checkPage(page, journey, 'task-2016-blank');

    const group = (name: string) => page.getByRole('group', { name, exact: true });
    await group('Did the interview take place?').getByLabel('Yes').check();
    await fillDate(page, 'Date of the interview', daysAfter(FIELDWORK_START_AHEAD, 2));
    await group('The role of the person interviewed').getByLabel('Case manager').check();
    await group('Has this case manager already been interviewed in this inspection?')
      .getByLabel('No')
      .check();
    await group('The language of the interview').getByLabel('Welsh').check();
    await sendCaseForm(page, 'Save the interview');
    expect(await textOf(page, '.govuk-notification-banner')).toContain('Interview recorded');
    expect(await page.locator(`${SHOWN_QUESTION} [name^="q.5."]`).count()).toBeGreaterThan(0);

    const stored = (await inspector('GET', `/api/fieldwork/tasks/${taskId}`)).body;
    answers = assessmentOf(caseContextOf(stored.facts.disposalType));
  });

  it('the lead sends every case to QA, not blind, with qa-1 on the team', async () => {
    const { system } = stack();
    const { lead } = callersOf(system);
    const at = (path: string) => `/api/inspections/${inspectionId}${path}`;
    const decided = async (method: string, path: string, body: unknown) => {
      const answer = await lead(method, path, body);
      expect([200, 202], JSON.stringify(answer.body)).toContain(answer.status);
    };
    await decided('PUT', at('/team'), {
      members: [
        { userId: 'inspector-1', role: 'inspector' },
        { userId: 'qa-1', role: 'qa-reviewer' },
      ],
    });
    await decided('PUT', at('/qa-settings'), {
      policy: { seed: '2016', shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 0 },
    });
    // The fieldwork service routes the submission by what the inspection service's events left it.
    await eventually('the fieldwork service to know the QA policy and reviewer', async () => {
      const [settings, reviewer] = await Promise.all([
        system.fieldworkDb.qaSettings.findUnique({ where: { inspectionId } }),
        system.fieldworkDb.teamMembership.findFirst({ where: { inspectionId, userId: 'qa-1' } }),
      ]);
      return settings && reviewer ? true : undefined;
    });
  });

  // Some 125 questions over six rounds of saves, and axe and photographs of a 40,000-pixel form: minutes on a
  // loaded machine (110–180 s seen).
  it(
    'answers every question that applies as the form opens them, and submits',
    { timeout: 600_000 },
    async () => {
      const answered = await answerCaseForm(page, taskId, answers);
      // Every question the rules apply was on the page, and nothing else.
      expect(answered.toSorted()).toEqual(Object.keys(answers).toSorted());
      // axe needs script, so the run without it leaves out this 40,000-pixel page (photographed blank above).
      if (javaScript) await checkPage(page, journey, 'task-2016-answered');
      await sendCaseForm(page, 'Submit the assessment');
      expect(await textOf(page, '.govuk-notification-banner')).toContain('Case submitted');
      expect(await page.title()).toBe('Case task (read only) – Youth justice inspections');
      expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
      // Read back in the framework's words: a grid row by row, a judgement as the guide names it.
      const main = await textOf(page, 'main');
      expect(main).toContain('Education, training and employment: Sufficient');
      expect(main).toContain('Insufficient');
      await checkPage(page, journey, 'task-2016-submitted');
    },
  );

  it('QA sees the submitted case judged View by View (002 has no key questions)', async () => {
    const reviewer = await signIn(stack(), 'qa-1', `${journey}-qa`, { javaScript });
    await reviewer.goto(`${stack().portalUrl}/qa/${taskId}`);
    const stored = (await callersOf(stack().system).inspector('GET', `/api/fieldwork/tasks/${taskId}`)).body;
    const views = sectionJudgements(FJI_SQS_2016, caseContextOf(stored.facts.disposalType), answers).filter(
      (view) => view.section !== 'V0',
    );
    const rows = await reviewer.locator('#view-judgements tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual(
      views.map((view) => [
        view.name,
        ...(['sufficient', 'insufficient', 'not-applicable', 'no-evidence'] as const).map((outcome) =>
          String(view.counts[outcome]),
        ),
      ]),
    );
    await checkPage(reviewer, `${journey}-qa`, 'qa-review-2016');
  });

  it('the fieldwork service holds the submitted answers, judged per View', async () => {
    const stored = (await callersOf(stack().system).inspector('GET', `/api/fieldwork/tasks/${taskId}`)).body;
    expect(stored.state).toBe('submitted');
    expect(stored.answers).toEqual(answers);
    expect(stored.caseManagerInterview).toMatchObject({ tookPlace: true, language: 'welsh' });
    const views = sectionJudgements(FJI_SQS_2016, caseContextOf(stored.facts.disposalType), stored.answers);
    // Views 1 to 5 each judged, with the Insufficient judgements chosen; View 5 because the interview took place.
    expect(views.filter((view) => view.counts.insufficient > 0).map((view) => view.section)).toEqual([
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
    ]);
  });
});
