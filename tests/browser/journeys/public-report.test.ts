// The published report as the public reads it, in Chromium without signing in and without JavaScript: an
// inspection brought through its panel and publication over the APIs (short factual-check deadline, published
// a few seconds after scheduling), then the index of published reports, the report page with its charts and
// the pages' accessibility statement, reached from a footer. Every page passes axe (checked with script on:
// axe runs as a script) and is photographed, also at 320 px.
import { describe, expect, it } from 'vitest';
import { ukDateInWords } from '@yji/domain';
import { publicationStateQuery, publicationWorkflowId } from '@yji/workflows';
import { callersOf, eventually, inSeconds, inspectionWithApprovedRatings } from '../../harness/index.ts';
import { newPerson } from '../support/browser.ts';
import { checkPage, watchForProblems } from '../support/page-checks.ts';
import { useStack } from '../support/stack.ts';

const JOURNEY = 'public-report';
const stack = useStack();

describe('the published report, in the browser', () => {
  let id: string;

  it('is published through the APIs', { timeout: 240_000 }, async () => {
    const { system } = stack();
    const { lead } = callersOf(system);
    const { inspection, final } = await inspectionWithApprovedRatings(system, {
      sampleSize: 8,
      seed: 'public-report',
    });
    id = inspection.id;
    const base = `/api/publication/inspections/${id}`;
    const draft = await lead('PUT', `${base}/draft`, {
      version: 0,
      overview: 'The service knows its children well.\n\nIts board meets every month.',
      findings: (final.standards as { id: string }[]).map(({ id: standardId }) => ({
        standardId,
        strengths: `Staff know the children they work with (${standardId}).`,
        areasForImprovement: `Plans are not always reviewed when things change (${standardId}).`,
      })),
      recommendations: ['Review every plan when a child’s circumstances change.'],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect((await lead('POST', `${base}/factual-check`, { version: 1, deadline: inSeconds(3) })).status).toBe(
      200,
    );
    // The workflow's phase, not the stored closedAt: the close is stored a moment before the workflow moves
    // on to revising, and a schedule sent in between is refused.
    const workflow = system.temporal.workflow.getHandle(publicationWorkflowId(id));
    await eventually('the check closed', async () =>
      (await workflow.query(publicationStateQuery)).phase === 'revising' ? true : undefined,
    );
    const scheduled = await lead('PUT', `${base}/schedule`, {
      version: 0,
      publishAt: inSeconds(2),
      embargo: [],
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    await eventually('the report published', async () =>
      (await fetch(`${system.publication.url}/inspections/${id}`)).status === 200 ? true : undefined,
    );
  });

  it('shows the index and the report to anyone, without JavaScript', async () => {
    const { browser, system } = stack();
    const context = await newPerson(browser, { javaScript: true });
    const page = await context.newPage();
    watchForProblems(page);
    await page.goto(`${system.publication.url}/inspections`);
    await checkPage(page, JOURNEY, 'index');
    const link = page.locator(`a[href="/inspections/${id}"]`);
    // Named by the inspected service and the date (the UK day, as GOV.UK writes dates), not by an id.
    const today = ukDateInWords(new Date().toISOString());
    expect(await link.textContent()).toBe(`Westmoor Youth Justice Service, published ${today}`);
    await link.click();
    expect(await page.locator('.govuk-caption-l').innerText()).toBe(`Inspection report, published ${today}`);
    expect(await page.locator('h1').innerText()).toBe('Westmoor Youth Justice Service');
    await page.goBack();
    await link.click();
    await checkPage(page, JOURNEY, 'report');
    expect(await page.locator('h2').first().innerText()).toMatch(/^Overall rating: /);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    // Each chart says under it what its dashed lines are.
    expect(await page.locator('figure:has(svg[role="img"]) figcaption').first().innerText()).toMatch(
      /^The dashed lines mark where each band begins: Requires improvement from 50%/,
    );
    await page.goto(`${system.publication.url}/inspections/00000000-0000-4000-8000-000000000000`);
    await checkPage(page, JOURNEY, 'not-published');
    // Every public page's footer links to the pages' accessibility statement, which anyone may read.
    await page.locator('footer').getByRole('link', { name: 'Accessibility statement' }).click();
    expect(new URL(page.url()).pathname).toBe('/inspections/accessibility-statement');
    await checkPage(page, JOURNEY, 'accessibility-statement');
    expect(await page.locator('h1').innerText()).toBe('Accessibility statement');

    const noScript = await (await newPerson(browser, { javaScript: false })).newPage();
    watchForProblems(noScript, { javaScript: false });
    await noScript.goto(`${system.publication.url}/inspections/${id}`);
    await checkPage(noScript, JOURNEY, 'report-without-javascript');
    expect(await noScript.locator('table').count()).toBeGreaterThan(2);
    await noScript.locator('footer').getByRole('link', { name: 'Accessibility statement' }).click();
    await checkPage(noScript, JOURNEY, 'accessibility-statement-without-javascript');
    expect(await noScript.locator('h1').innerText()).toBe('Accessibility statement');
  });
});
