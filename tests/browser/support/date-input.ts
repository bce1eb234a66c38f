// The GOV.UK date input: Day, Month and Year fields in a fieldset named by its legend.
import type { Page } from 'playwright-core';

/** Fills the date input whose legend is `legend` with `iso` (YYYY-MM-DD). */
export async function fillDate(page: Page, legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day!);
  await group.getByLabel('Month').fill(month!);
  await group.getByLabel('Year').fill(year!);
}
