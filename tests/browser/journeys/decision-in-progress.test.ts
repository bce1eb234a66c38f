// A lead's decision the system is still carrying out when it answers (issue 12: a busy system; here every
// decision, DECISION_WAIT_MS = 1 ms): the form's page says so in a notification banner and shows the outcome
// once it is in. Without JavaScript the lead asks by "Check again"; with it the page asks by itself and puts
// the outcome in place — the success banner, or the error summary with why — without leaving the page.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callersOf, carriedOut, eventually, inspectionInSampling, type Caller } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { expectErrorSummary, expectNotice, textOf } from '../support/page-messages.ts';
import { signIn, useStack } from '../support/stack.ts';

const stack = useStack({ env: { DECISION_WAIT_MS: '1' } });
const STILL_UNDER_WAY = 'Your decision was accepted and is still being carried out.';
const CARRIED_OUT = 'Your decision has been carried out.';

let lead: Caller;
beforeAll(() => {
  ({ lead } = callersOf(stack().system));
});

describe('without JavaScript', () => {
  const JOURNEY = 'decision-in-progress-no-js';

  it('says the decision is being carried out, and shows it done when the lead checks again', async () => {
    const { id } = await inspectionInSampling(lead);
    const page = await signIn(stack(), 'lead-1', JOURNEY, { javaScript: false });
    await page.goto(`${stack().portalUrl}/inspections/${id}/sample`);
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await expectNotice(page, STILL_UNDER_WAY);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    await checkPage(page, JOURNEY, 'sample-waiting');
    await expect
      .poll(
        async () => {
          const check = page.getByRole('link', { name: 'Check again' });
          if (await check.count()) await check.click();
          return textOf(page, '.govuk-notification-banner');
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain(CARRIED_OUT);
    expect(new URL(page.url()).pathname).toBe(`/inspections/${id}/sample`);
    expect(await textOf(page, 'main')).toContain('Redraw the sample');
    await checkPage(page, JOURNEY, 'sample-done');
  });
});

describe('with JavaScript', () => {
  const JOURNEY = 'decision-in-progress';
  let page: Page;
  let id: string;

  it('shows the decision done in place, on the same page, once it is carried out', async () => {
    ({ id } = await inspectionInSampling(lead));
    page = await signIn(stack(), 'lead-1', JOURNEY);
    // The page's checks are held in the browser until the waiting page is photographed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/decisions/*', async (route) => (await held, route.continue()));
    await page.goto(`${stack().portalUrl}/inspections/${id}/sample`);
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await expectNotice(page, STILL_UNDER_WAY);
    // The page's script has taken over the asking (it loads after the page).
    await expectNotice(page, 'This page will show the outcome');
    await checkPage(page, JOURNEY, 'sample-waiting');
    // Marks this document: a page loaded again would not have it.
    await page.evaluate(() => document.body.setAttribute('data-same-page', 'yes'));
    release();
    await expectNotice(page, CARRIED_OUT, { timeout: 60_000 });
    await page.unrouteAll();
    expect(await page.locator('body').getAttribute('data-same-page')).toBe('yes');
    expect(await textOf(page, 'main')).toContain('Redraw the sample');
    // The success banner takes the focus, as on a page that loads with it.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'govuk-notification-banner--success',
    );
    await checkPage(page, JOURNEY, 'sample-done');
  });

  it('shows the refusal in the error summary, in place, when the decision is refused', async () => {
    // Confirmed meanwhile by another way (the API): the page's Confirm button is out of date.
    await eventually('the sample to be drawn', async () =>
      (await lead('GET', `/api/inspections/${id}`)).body.workflow?.sample ? true : undefined,
    );
    const confirmed = await lead('POST', `/api/inspections/${id}/sample/confirm`);
    expect((await carriedOut(lead, confirmed)).status).toBe(200);
    await page.getByRole('button', { name: 'Confirm the sample' }).click();
    await expectNotice(page, STILL_UNDER_WAY);
    await page.evaluate(() => document.body.setAttribute('data-same-page', 'again'));
    // The workflow's reason, though it came after the request had stopped waiting.
    await expectErrorSummary(
      page,
      'The inspection is in fieldwork; this can be done only while it is in sampling',
      {
        timeout: 60_000,
      },
    );
    expect(await page.locator('body').getAttribute('data-same-page')).toBe('again');
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, JOURNEY, 'sample-refused');
  });
});
