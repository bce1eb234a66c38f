// Publication in Chromium, on the real stack: an inspection brought to its approved ratings through the
// APIs (fieldwork, approved assessments as fieldwork publishes them, the panel run to the chair's approval),
// then through the portal's pages only: the lead inspector finds the report from the inspection's overview,
// writes it (an overlong section refused first), meets a save made elsewhere in between (the newer text shown
// beside theirs, neither lost) and reads the version history. Every page passes axe and is photographed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  approvePanel,
  callerAs,
  eventually,
  inspectionInFieldwork,
  KEY_QUESTIONS,
  openPanel,
  type Json,
} from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'publication';
const stack = useStack();
const FIELDWORK_START = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('the report and its publication, in the browser', () => {
  let id: string;
  let final: Json;

  it('brings an inspection to its approved ratings', { timeout: 180_000 }, async () => {
    const { system } = stack();
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const chair = callerAs(system, 'chair-1', ['panel-chair']);
    const inspection = await inspectionInFieldwork(system, lead, {
      team: [
        { userId: 'inspector-1', role: 'inspector' },
        { userId: 'chair-1', role: 'panel-chair' },
        { userId: 'yjs-1', role: 'yjs-contact' },
      ],
      fieldworkStart: FIELDWORK_START,
      seed: 'publication-browser',
    });
    id = inspection.id;
    await openPanel(system, lead, inspection, {
      judgements: (side, index) =>
        Object.fromEntries(
          KEY_QUESTIONS[side].flatMap((s) => [1, 2, 3].map((kq) => [`${s}.${kq}`, (index + kq) % 4 !== 0])),
        ),
    });
    await eventually('the panel pack with every case', async () => {
      const pack = await chair('GET', `/api/ratings/inspections/${id}/pack`);
      return pack.status === 200 && pack.body.cases.approved === inspection.cases.length ? true : undefined;
    });
    final = await approvePanel(lead, chair, inspection);
    await eventually('the report opened with the approved ratings', async () =>
      (await lead('GET', `/api/publication/inspections/${id}/draft`)).status === 200 ? true : undefined,
    );
  });

  it('lets the lead inspector write the report, without losing a save made elsewhere', async () => {
    const { system, portalUrl } = stack();
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    await page.goto(`${portalUrl}/inspections/${id}`);
    await checkPage(page, JOURNEY, 'overview');
    await page.getByRole('link', { name: 'Report' }).click();
    await checkPage(page, JOURNEY, 'report-empty');
    const ratings = await text(page, '#approved-ratings');
    for (const standard of final.standards as Json[]) expect(ratings).toContain(standard.finalRating);
    expect(await text(page, 'main')).toContain(`Score ${final.score} of ${final.maxScore}`);

    await page.getByLabel('Overview').fill('The partnership board met quarterly.');
    await page.locator('#strengths-2\\.1').fill('x'.repeat(20_001));
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await expect
      .poll(() => text(page, '.govuk-error-summary'))
      .toContain('Shorten the strengths of standard 2.1');
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page, JOURNEY, 'report-errors');

    await page.locator('#strengths-2\\.1').fill('Plans are written with the child.');
    await page.getByLabel('Recommendations').fill('Review every plan with the child.\n\nTrain the board.');
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await expect.poll(() => text(page, '.govuk-notification-banner')).toContain('Report saved as version 1');
    await checkPage(page, JOURNEY, 'report-saved');

    // Someone saves version 2 over the API while this page still holds version 1.
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const elsewhere = await lead('PUT', `/api/publication/inspections/${id}/draft`, {
      version: 1,
      overview: 'The partnership board met monthly.',
      findings: [],
      recommendations: [],
    });
    expect(elsewhere.status).toBe(200);
    await page.getByLabel('Overview').fill('The board met every quarter, and the minutes show it.');
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await expect
      .poll(() => text(page, '.govuk-error-summary'))
      .toContain('Someone saved a newer version (version 2)');
    expect(await text(page, '#newer-version')).toContain('The partnership board met monthly.');
    expect(await page.getByLabel('Overview').inputValue()).toBe(
      'The board met every quarter, and the minutes show it.',
    );
    await checkPage(page, JOURNEY, 'report-newer-version');
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await expect.poll(() => text(page, '.govuk-notification-banner')).toContain('Report saved as version 3');

    await page.getByRole('link', { name: 'Version history' }).click();
    await checkPage(page, JOURNEY, 'report-versions');
    const history = await text(page, 'main');
    for (const version of [3, 2, 1]) expect(history).toContain(`Version ${version}`);
    const saved = (await lead('GET', `/api/publication/inspections/${id}/draft`)).body;
    expect(saved).toMatchObject({
      version: 3,
      overview: 'The board met every quarter, and the minutes show it.',
      recommendations: ['Review every plan with the child.', 'Train the board.'],
    });
  });
});
