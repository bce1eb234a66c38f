// What a page says once a form is sent: the error summary at its top, or the notification banner. Both are
// polled for up to ANSWER_WAIT, since a decision's answer can take seconds on a loaded machine (CI runs the
// browser journeys beside the end-to-end tests): expect.poll's own default, one second, failed the lead's
// exclusion there. A poll ends as soon as the page says it, so the wait costs nothing when it is quick.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a page's answer to a form may take to show. */
export const ANSWER_WAIT = { timeout: 30_000 };

/** The text of the first element `selector` finds on the page. */
export const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** Waits until the page's error summary says `says`. */
export async function expectErrorSummary(page: Page, says: string, options = ANSWER_WAIT) {
  await expect.poll(() => textOf(page, '.govuk-error-summary'), options).toContain(says);
}

/** Waits until the page's notification banner says `says`. */
export async function expectNotice(page: Page, says: string, options = ANSWER_WAIT) {
  await expect.poll(() => textOf(page, '.govuk-notification-banner'), options).toContain(says);
}

/** Sends the form with its button named `button`, and waits until the error summary says `says`. */
export async function sendExpectingErrors(page: Page, button: string, says: string) {
  await page.getByRole('button', { name: button }).click();
  await expectErrorSummary(page, says);
}

/** Sends the form with its button named `button`, and waits until the notification banner says `says`. */
export async function sendExpectingNotice(page: Page, button: string, says: string) {
  await page.getByRole('button', { name: button }).click();
  await expectNotice(page, says);
}
