// Starting a 2016 FJI/SQS inspection in the browser, with and without JavaScript: the form offers the 2016
// framework beside the youth standards, with the YJS's country and the programme; a programme left out or
// a short quality screening given modules is refused in the error summary, linked to the programme; a full
// joint inspection in Wales with its courts module is started and stored as chosen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callerAs, FJI_2016_FRAMEWORKS } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { signIn, useStack } from '../support/stack.ts';

const stack = useStack();

describe.each([
  { javaScript: true, journey: 'framework-2016' },
  { javaScript: false, journey: 'framework-2016-no-js' },
])('a 2016 inspection started in the browser ($journey)', ({ javaScript, journey }) => {
  let page: Page;

  const date = async (legend: string, iso: string) => {
    const [year, month, day] = iso.split('-');
    const group = page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(day!);
    await group.getByLabel('Month').fill(month!);
    await group.getByLabel('Year').fill(year!);
  };
  const errorSummary = () => page.locator('.govuk-error-summary').innerText();
  const start = () => page.getByRole('button', { name: 'Start the inspection' }).click();

  it('offers the 2016 framework and its programme', async () => {
    page = await signIn(stack(), 'lead-1', journey, { javaScript });
    await page.goto(new URL('/inspections/new', page.url()).href);
    const family = page.getByRole('group', { name: 'Case assessment frameworks' });
    await family.getByLabel('fji-sqs-2016').check();
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
    await date('Fieldwork starts', '2027-04-05');
    await date('Fieldwork ends', '2027-04-16');
    await date('Case assessments are due', '2027-04-14');
    await page.getByLabel('Sample size').fill('2');
    await start();
    await expect.poll(errorSummary).toContain('Choose the 2016 programme');
    expect(await page.title()).toMatch(/^Error: /);
    // What was chosen is kept: the 2016 framework is still the choice, so the programme shows.
    expect(await page.getByLabel('fji-sqs-2016').isChecked()).toBe(true);
    await checkPage(page, journey, 'new-inspection-2016-no-programme');
    await page.locator('.govuk-error-summary a').filter({ hasText: 'Choose the 2016 programme' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('programme');

    await page.getByLabel('Short quality screening (SQS)').check();
    await page
      .getByRole('group', { name: 'Modules the full joint inspection includes' })
      .getByLabel('Courts')
      .check();
    await start();
    await expect.poll(errorSummary).toContain('Choose the 2016 programme');
    expect(await page.getByLabel('Courts').isChecked()).toBe(true);
    await checkPage(page, journey, 'new-inspection-2016-sqs-modules');
  });

  it('starts a full joint inspection in Wales with its courts module', async () => {
    await page.getByLabel('Full joint inspection (FJI)').check();
    await start();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Glanmor Youth Justice Service');
    await checkPage(page, journey, 'inspection-2016');
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    const stored = await callerAs(stack().system, 'lead-1', ['lead-inspector'])(
      'GET',
      `/api/inspections/${id}`,
    );
    expect(stored.body.record).toMatchObject({
      yjs: { country: 'wales' },
      frameworks: FJI_2016_FRAMEWORKS,
    });
  });
});
