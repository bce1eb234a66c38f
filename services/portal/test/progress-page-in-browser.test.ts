// The lead's progress page in Chromium (the browser journeys', tests/browser/support), on the real services:
// at 320 px wide, where its table stacks, the cases can still be sorted — the MOJ sortable table's buttons in
// sight above the rows (WCAG 1.4.10 reflow) — and its updates every 15 seconds can be paused and resumed with a
// button, by keyboard too, the state said and kept for the page (WCAG 2.2.2 Pause, Stop, Hide). The page's
// clock is Playwright's, run forward rather than waited for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, inspectionInFieldwork, PEOPLE } from '../../../tests/harness/index.ts';
import { launchChromium, newPerson } from '../../../tests/browser/support/browser.ts';
import { usePortalOnServices } from './portal-under-test.ts';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const ASSESSOR = { userId: 'assessor-1', role: 'local-assessor' } as const;
const REFRESH_MS = 15_000;

describe('the progress page in a browser', () => {
  const services = usePortalOnServices({});
  let browser: Browser;
  let progressUrl: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const system = services.system();
    const lead = callerAs(system, PEOPLE.lead.userId, [PEOPLE.lead.role]);
    const { id } = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector, ASSESSOR],
      sampleSize: 3,
      seed: 'progress-in-browser',
    });
    progressUrl = `${services.portal().url}/inspections/${id}/progress`;
  });
  afterAll(() => browser?.close());

  /** The lead, signed in through the provider's page, on the progress page; the clock installed first. */
  async function leadOnProgress(): Promise<Page> {
    const page = await (await newPerson(browser)).newPage();
    await page.clock.install();
    await page.goto(services.portal().url);
    await page.getByRole('button', { name: 'Sign in' }).first().click();
    await page.getByRole('button', { name: `Sign in as ${PEOPLE.lead.userId}`, exact: true }).click();
    await page.waitForURL(`${services.portal().url}/`);
    await page.goto(progressUrl);
    return page;
  }

  it('keeps the sort buttons in sight and working at 320 px wide', async () => {
    const page = await leadOnProgress();
    await page.setViewportSize({ width: 320, height: 800 });
    const buttons = page.locator('#progress thead th button');
    await expect.poll(() => buttons.count()).toBe(4);
    for (const button of await buttons.all()) {
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.width, await button.innerText()).toBeGreaterThan(20);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // Nothing hides it (a clip, another element over it): a click in its middle reaches it.
      const reached = await button.evaluate((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return (
          element.ownerDocument.elementFromPoint(x + width / 2, y + height / 2)?.closest('button') === element
        );
      });
      expect(reached, await button.innerText()).toBe(true);
    }
    const cases = () => page.locator('#progress tbody td[data-label="Case"]').allInnerTexts();
    const ascending = [...(await cases())].sort();
    await page.getByRole('button', { name: 'Case' }).click();
    expect(await page.locator('#progress thead th').first().getAttribute('aria-sort')).toBe('descending');
    expect(await cases()).toEqual([...ascending].reverse());
    await page.context().close();
  });

  it('pauses and resumes its updates with a button, says so, and keeps them paused for the page', async () => {
    const page = await leadOnProgress();
    let refreshes = 0;
    page.on('request', (request) => {
      if (request.headers()['yji-refresh'] === 'progress') refreshes += 1;
    });
    const pause = page.getByRole('button', { name: 'Pause updates' });
    const resume = page.getByRole('button', { name: 'Resume updates' });
    const status = () => page.locator('#progress-status').textContent();
    const control = page.locator('[data-refresh-control="progress"]');
    expect(await control.innerText()).toContain('The cases below update by themselves every 15 seconds.');
    await page.clock.runFor(REFRESH_MS);
    await expect.poll(() => refreshes).toBe(1);

    await pause.click();
    await expect.poll(status).toBe('Updates paused');
    expect(await control.innerText()).toContain('Updates are paused.');
    await page.clock.runFor(3 * REFRESH_MS);
    expect(refreshes).toBe(1);

    // Paused for the page: still so once it is loaded again.
    await page.reload();
    await expect.poll(() => resume.isVisible()).toBe(true);
    await page.clock.runFor(2 * REFRESH_MS);
    expect(refreshes).toBe(1);

    // Resumed from the keyboard: at once, then every 15 seconds again.
    await resume.focus();
    await page.keyboard.press('Enter');
    await expect.poll(status).toBe('Updates resumed');
    await expect.poll(() => pause.isVisible()).toBe(true);
    await expect.poll(() => refreshes).toBe(2);
    await page.clock.runFor(REFRESH_MS);
    await expect.poll(() => refreshes).toBe(3);
    await page.context().close();
  });
});
