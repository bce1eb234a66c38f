// The inspector's journey in Chromium, on the real stack, with JavaScript on and again with it off: my case
// tasks, open one, save a draft, meet a save made elsewhere (both versions shown, nothing lost), record the
// case manager interview, submit too early (errors linked to their questions, focus on the summary's link
// target), answer every question that applies as the questions open up, submit, and find the case read-only;
// a save from another tab left open on it is then refused.
// The inspection is brought to fieldwork through the API by the lead (the lead's pages have their own test).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '@yji/domain/testing';
import { caseFactsRead, requireFramework } from '@yji/domain';
import {
  callerAs,
  daysAfter,
  FIELDWORK_START_AHEAD,
  type InspectionInFieldwork,
  questionsOf,
} from '../../harness/index.ts';
import { answerCaseForm, sendCaseForm } from '../support/case-form.ts';
import { fillDate } from '../support/date-input.ts';
import { checkPage } from '../support/page-checks.ts';
import { ANSWER_WAIT, expectErrorSummary, expectNotice, textOf } from '../support/page-messages.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const stack = useStack();
let inspection: InspectionInFieldwork;
beforeAll(async () => {
  inspection = await inspectionForTheInspector(stack);
}, 120_000);

describe.each([
  { mode: 'with JavaScript', javaScript: true, index: 0 },
  { mode: 'without JavaScript', javaScript: false, index: 1 },
])('the inspector, in the browser $mode', ({ javaScript, index }) => {
  const journey = javaScript ? 'inspector' : 'inspector-no-js';
  let page: Page;
  let otherTab: Page;
  let caseRef: string;
  let taskId: string;

  it('finds their case tasks and opens one', async () => {
    ({ caseRef, taskId } = inspection.cases[index]!);
    // The first case's reminder has come (its notice as the case workflow's timer records it), the second's
    // not: the case page says the first is due soon.
    const { fieldworkDb } = stack().system;
    const { dueAt } = await fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    if (index === 0)
      await fieldworkDb.deadlineNotice.create({ data: { taskId, kind: 'reminder', dueAt: dueAt! } });
    page = await signIn(stack(), 'inspector-1', journey, { javaScript });
    expect(await textOf(page, 'main')).toContain('Case tasks to do');
    await checkPage(page, journey, 'home');
    await page.getByRole('link', { name: 'My case tasks' }).first().click();
    await checkPage(page, journey, 'tasks');
    // Other inspections (earlier runs) may hold the same case reference: the link to this task is by its id.
    // The list shows 100 tasks a page; earlier runs' tasks may come first, so page on as a person would.
    const link = page.locator(`a[href="/tasks/${taskId}"]`);
    while ((await link.count()) === 0) await page.getByRole('link', { name: /Next page/ }).click();
    expect(await link.innerText()).toBe(`Case ${caseRef}`);
    await link.click();
    expect(await page.title()).toBe('Case task – Youth justice inspections');
    expect(page.url()).toBe(`${stack().portalUrl}/tasks/${taskId}`);
    // The same case reference may be in several inspections: the caption names this one.
    expect(await textOf(page, '.govuk-caption-l')).toMatch(
      /^Westmoor Youth Justice Service — fieldwork from \d/,
    );
    const due = await textOf(page, 'h1 + p');
    expect(due).toMatch(/Due \d{1,2} [A-Z][a-z]+ \d{4}/);
    if (index === 0) expect(due).toContain('Due soon');
    else expect(due).not.toContain('Due soon');
    await checkPage(page, journey, 'task');
  });

  it('saves a draft; a save made elsewhere meanwhile is shown beside theirs, and theirs can then be saved', async () => {
    const elsewhere = callerAs(stack().system, 'inspector-1', ['inspector']);
    const { frameworkId } = (await elsewhere('GET', `/api/fieldwork/tasks/${taskId}`)).body;
    // The form asks for the classifications the framework's rules read (004 ¶3.26 gating), and only those.
    const read = caseFactsRead(requireFramework(frameworkId)).inspectorClassification;
    for (const [concern, name] of [
      ['safetyWellbeing', 'Safety and wellbeing'],
      ['riskOfHarm', 'Risk of serious harm to others'],
    ] as const) {
      const group = page.getByRole('group', { name, exact: true });
      if (read.includes(concern)) await group.getByLabel('Medium').check();
      else expect(await group.count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expectNotice(page, 'Draft saved');

    // The same person saves from another device: one free-text answer.
    const stored = (await elsewhere('GET', `/api/fieldwork/tasks/${taskId}`)).body;
    const question = questionsOf(stored).find((q) => (q.allowed?.length ?? 0) >= 2)!;
    const [theirs, mine] = question.allowed!;
    const saved = await elsewhere('PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version: stored.version,
      answers: { [question.code]: theirs },
    });
    expect(saved.status).toBe(200);

    const option = (value: string) => page.locator(`[name="q.${question.code}"][value="${value}"]`);
    await option(mine!).check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    // Said at the top, where the page opens, with a link to the differences beside the form.
    await expect
      .poll(() => textOf(page, '#conflict-notice'), ANSWER_WAIT)
      .toContain('Someone saved this case elsewhere');
    await page.getByRole('link', { name: 'See what differs and choose which to keep' }).click();
    expect(page.url()).toMatch(/#conflict$/);
    const conflict = await textOf(page, '#conflict');
    expect(conflict).toContain(`Saved elsewhere: ${theirs}`);
    expect(conflict).toContain(`Yours: ${mine}`);
    expect(await option(mine!).isChecked()).toBe(true);
    await checkPage(page, journey, 'conflict');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expectNotice(page, 'Draft saved');
    expect(await option(mine!).isChecked()).toBe(true);
  });

  // Script is needed to read where focus is; keyboard order itself is the browser's own, with or without it.
  it.skipIf(!javaScript)(
    'reaches every control of the case form from the keyboard, each with a visible focus',
    async () => {
      const form = `form[action="/tasks/${taskId}"]`;
      const keyOf = (element: Element) => {
        const input = element as HTMLInputElement;
        return input.type === 'radio'
          ? `radio:${input.name}`
          : `${input.tagName}:${input.name}:${input.value}`;
      };
      const controls = await page
        .locator(`${form} input:not([type=hidden]), ${form} textarea, ${form} button, ${form} select`)
        .evaluateAll((elements, keyOfSource) => {
          const key = new Function(`return (${keyOfSource})`)() as (element: Element) => string;
          return [...new Set(elements.map(key))];
        }, keyOf.toString());
      const reached = new Set<string>();
      const unseen: string[] = [];
      await page.locator('body').focus();
      for (
        let press = 0;
        press < controls.length * 3 + 100 && !controls.every((control) => reached.has(control));
        press += 1
      ) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(
          ({ form, keyOfSource }) => {
            const element = document.activeElement;
            if (!element || !element.closest(form)) return null;
            const key = new Function(`return (${keyOfSource})`)() as (element: Element) => string;
            // GOV.UK Frontend's focus state is yellow (#ffdd00): on the control, or on a radio's or checkbox's label.
            const yellow = 'rgb(255, 221, 0)';
            const style = getComputedStyle(element);
            const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
            const styles = [style.outlineColor, style.boxShadow, style.backgroundColor];
            if (label) styles.push(getComputedStyle(label, '::before').boxShadow);
            return { key: key(element), visible: styles.some((value) => value.includes(yellow)) };
          },
          { form, keyOfSource: keyOf.toString() },
        );
        if (!focus) continue;
        reached.add(focus.key);
        if (!focus.visible) unseen.push(focus.key);
      }
      expect(controls.filter((control) => !reached.has(control))).toEqual([]);
      expect(unseen).toEqual([]);
    },
  );

  it('records the case manager interview', async () => {
    await fillDate(page, 'Date of the interview', daysAfter(FIELDWORK_START_AHEAD, 2));
    await page.getByLabel('Notes').fill('Talked through the plan and the referral.');
    await page.getByRole('button', { name: 'Save the interview' }).click();
    await expectNotice(page, 'Interview recorded');
    expect(await page.getByLabel('Notes').inputValue()).toBe('Talked through the plan and the referral.');
  });

  it('submitting too early lists each problem, linked to its question', async () => {
    await page.getByRole('button', { name: 'Submit the assessment' }).click();
    await expectErrorSummary(page, 'There is a problem');
    expect(await page.title()).toMatch(/^Error: Case task/);
    // More than a hundred findings on a blank form: the summary lists one line per standard, not one per question.
    const lines = await page.locator('.govuk-error-summary__list li').allInnerTexts();
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines.some((line) => /^Answer or correct the \d+ questions marked in /.test(line))).toBe(true);
    expect(await page.locator('.govuk-error-message').count()).toBeGreaterThan(20);
    await checkPage(page, journey, 'submit-errors');
    const link = page.locator('.govuk-error-summary__list a').first();
    const target = (await link.getAttribute('href'))!.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    if (javaScript) {
      // GOV.UK Frontend focuses the summary on load; its link moves focus to the question.
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')),
      ).toBe(true);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    }
  });

  it('answers every question that applies as they open up, submits, and the case is then read-only', async () => {
    const stored = (
      await callerAs(stack().system, 'inspector-1', ['inspector'])('GET', `/api/fieldwork/tasks/${taskId}`)
    ).body;
    const answers = completeAnswers(requireFramework(stored.frameworkId), {
      disposalType: stored.facts.disposalType,
      inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
      careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
    });
    const opened = await page.goto(`${stack().portalUrl}/tasks/${taskId}`);
    // A page of a child's case is kept by no browser, for Back to show after sign-out.
    expect(opened?.headers()['cache-control']).toBe('no-store');
    // A second tab on the case, left open while the first submits (the next test saves from it).
    otherTab = await page.context().newPage();
    await otherTab.goto(`${stack().portalUrl}/tasks/${taskId}`);
    // The form asks the care-experience facts only where the framework's rules read them (003 I 1.1).
    const careGroups = [/is the inspected YJS their home YJS/, /take responsibility for assessing/];
    if (caseFactsRead(requireFramework(stored.frameworkId)).careExperience) {
      // A care-experienced child whom the home YJS assessed: every gated question applies.
      for (const name of careGroups) await page.getByRole('group', { name }).getByLabel('Yes').check();
    } else {
      for (const name of careGroups) expect(await page.getByRole('group', { name }).count()).toBe(0);
    }
    await answerCaseForm(page, taskId, answers);
    await sendCaseForm(page, 'Submit the assessment');
    await expectNotice(page, 'Case submitted');
    expect(await page.title()).toBe('Case task (read only) – Youth justice inspections');
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await checkPage(page, journey, 'submitted');
  });

  it('saving from a tab left open on the case is refused once it is submitted, linked to the assessment', async () => {
    await otherTab.getByRole('button', { name: 'Save draft' }).click();
    await expectErrorSummary(
      otherTab,
      'The case can no longer be changed: it has been submitted or withdrawn',
    );
    // The page is the case form checked above (and some 40,000 pixels tall without JavaScript, too long to
    // photograph twice more here): what is new is the summary's link, which must lead somewhere on it.
    const link = await otherTab.locator('.govuk-error-summary a').first().getAttribute('href');
    expect(link).toBe('#assessment');
    expect(await otherTab.locator(link!).count()).toBe(1);
    await otherTab.close();
  });
});

describe("someone else's session", () => {
  it("cannot reach another assessor's case: the page is not found, as for a task that does not exist", async () => {
    const page = await signIn(stack(), 'inspector-2', 'not-theirs');
    const response = await page.goto(`${stack().portalUrl}/tasks/${inspection.cases[0]!.taskId}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main').innerText()).not.toContain(inspection.cases[0]!.caseRef);
    await checkPage(page, 'not-theirs', 'not-found');
    const unknown = await page.goto(`${stack().portalUrl}/tasks/00000000-0000-4000-8000-000000000000`);
    expect(unknown?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
  });
});
