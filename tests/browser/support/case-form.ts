// Filling a case form as an assessor does: every question the page shows, answered from a complete
// assessment (built from the domain's rules), saved, and again while the answers open more questions. Each
// control as the page offers it: radios and checkboxes by value, a grid row by row, a number or text typed.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The questions the case form shows: it also holds, hidden and disabled, those that do not apply. */
export const SHOWN_QUESTION = '[data-question]:not([hidden])';

type Answer = string | readonly string[] | Readonly<Record<string, string>>;

async function fill(form: Locator, code: string, answer: Answer) {
  const field = (name: string, value?: string) =>
    form.locator(value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`);
  const name = `q.${code}`;
  if (typeof answer === 'string') {
    const option = field(name, answer);
    if ((await option.count()) > 0) await option.check();
    else await field(name).fill(answer);
  } else if (Array.isArray(answer)) {
    for (const value of answer as readonly string[]) await field(name, value).check();
  } else {
    // A grid: one group of radios per row, named "q.<code>:<row>".
    for (const [row, cell] of Object.entries(answer)) await field(`${name}:${row}`, cell).check();
  }
}

/**
 * Does `action` (a link followed or a form sent) and waits until the page it opens has loaded: the case page
 * is long, and its banner can be read while the questions at its end are still arriving.
 */
export async function untilLoaded(page: Page, action: () => Promise<unknown>) {
  const loaded = page.waitForEvent('load');
  await action();
  await loaded;
}

/** Sends a form of the case page with `button` and waits for the page that answers it, which must show no errors. */
export async function sendCaseForm(
  page: Page,
  button: 'Save draft' | 'Submit the assessment' | 'Save the interview',
) {
  await untilLoaded(page, () => page.getByRole('button', { name: button }).click());
  expect(await page.locator('.govuk-error-summary').allInnerTexts(), `errors after "${button}"`).toEqual([]);
}

/**
 * Answers each question the form at /tasks/`taskId` shows from `answers`, saving after each round, until no
 * new question opens. A question shown that `answers` lacks fails the test: the page and the rules disagree.
 * Returns the codes answered.
 */
export async function answerCaseForm(
  page: Page,
  taskId: string,
  answers: Readonly<Record<string, Answer>>,
): Promise<string[]> {
  const form = page.locator(`form[action="/tasks/${taskId}"]`);
  const answered = new Set<string>();
  for (let round = 0; round < 10; round += 1) {
    const names = await form
      .locator(`${SHOWN_QUESTION} [name^="q."]`)
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).name));
    const shown = [...new Set(names.map((name) => name.slice(2).split(':')[0]!))];
    const opened = shown.filter((code) => !answered.has(code));
    if (opened.length === 0) return [...answered];
    for (const code of opened) {
      const answer = answers[code];
      if (answer === undefined) throw new Error(`the form asks ${code}, which the rules say does not apply`);
      await fill(form, code, answer);
      answered.add(code);
    }
    await sendCaseForm(page, 'Save draft');
    expect(await page.locator('.govuk-notification-banner').first().innerText()).toContain('Draft saved');
  }
  throw new Error('questions kept opening after ten rounds of answers');
}
