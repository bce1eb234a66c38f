// What a page says once a form is sent: the error summary at its top, or the notification banner. Both are
// polled, since the answer can take seconds on a loaded machine (pass a longer timeout where it does).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The text of the first element `selector` finds on the page. */
export const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** Waits until the page's error summary says `says`. */
export async function expectErrorSummary(page: Page, says: string, options?: { timeout?: number }) {
  await expect.poll(() => textOf(page, '.govuk-error-summary'), options).toContain(says);
}

/** Waits until the page's notification banner says `says`. */
export async function expectNotice(page: Page, says: string, options?: { timeout?: number }) {
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
