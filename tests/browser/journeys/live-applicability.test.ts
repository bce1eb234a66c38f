// The case form applies the questions' rules as the assessor answers (issue 8): with JavaScript, the key
// questions a low classification takes out (004 ¶3.26, the domain's gating) disappear as "Low" is chosen and
// come back with "High", before any save; without JavaScript the form is as before — the next save decides.
// The task is stored as the case workflow's commands leave it; the whole assessment has its own journey.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicableQuestions, requireFramework } from '@yji/domain';
import { checkPage } from '../support/page-checks.ts';
import { signIn, useStack } from '../support/stack.ts';
import { storedCaseTask } from '../support/stored-task.ts';

const JOURNEY = 'live-applicability';
const FRAMEWORK = 'd2-v6.5';
const stack = useStack();
let taskId: string;

/** A question the domain asks with no classification and not once safety and wellbeing is classified low. */
const gated = (() => {
  const framework = requireFramework(FRAMEWORK);
  const context = { disposalType: 'referral_order', inspectorClassification: {} };
  const low = new Set(
    applicableQuestions(
      framework,
      { ...context, inspectorClassification: { safetyWellbeing: 'low' } },
      {},
    ).map((question) => question.code),
  );
  return applicableQuestions(framework, context, {}).find((question) => !low.has(question.code))!.code;
})();

beforeAll(async () => {
  taskId = await storedCaseTask(stack().system, FRAMEWORK, 'inspector-2');
});

const question = (page: Page) => page.locator(`[data-question="${gated}"]`);
const classify = (page: Page, level: string) =>
  page.locator(`input[name="safetyWellbeing"][value="${level}"]`).check();

describe('questions that stop applying', () => {
  it('disappear and come back as the assessor answers, with JavaScript', async () => {
    const page = await signIn(stack(), 'inspector-2', JOURNEY);
    await page.goto(`${stack().portalUrl}/tasks/${taskId}`);
    await checkPage(page, JOURNEY, 'case-form');
    await expect.poll(() => question(page).isVisible()).toBe(true);

    await classify(page, 'low');
    await expect.poll(() => question(page).isVisible()).toBe(false);
    // Hidden and disabled: a save neither sends nor clears its answer.
    expect(await question(page).evaluate((fieldset) => (fieldset as HTMLFieldSetElement).disabled)).toBe(
      true,
    );
    await checkPage(page, JOURNEY, 'classified-low');

    await classify(page, 'high');
    await expect.poll(() => question(page).isVisible()).toBe(true);
    await classify(page, 'low');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(`${stack().portalUrl}/tasks/${taskId}`);
    await expect.poll(() => page.locator('body').innerText()).toContain('Draft saved.');
    // The server, with the same rule, agrees.
    expect(await question(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('show as before without JavaScript, and follow the answers when saved', async () => {
    const page = await signIn(stack(), 'inspector-2', JOURNEY, { javaScript: false });
    await page.goto(`${stack().portalUrl}/tasks/${taskId}`);
    expect(await question(page).isVisible()).toBe(false);
    await classify(page, 'high');
    // Nothing changes until the form is sent.
    expect(await question(page).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(`${stack().portalUrl}/tasks/${taskId}`);
    expect(await question(page).isVisible()).toBe(true);
    await checkPage(page, JOURNEY, 'saved-without-javascript');
    await page.context().close();
  });
});
