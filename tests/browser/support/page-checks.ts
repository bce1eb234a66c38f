// What every page a journey visits is held to: axe-core's WCAG 2.2 A and AA rules with no violation, no
// Content Security Policy violation or script error, no case reference in its title, no value a template
// wrote out that was never text ("[object Object]", "undefined", "NaN"), no button that sends a form twice, no
// horizontal scroll at 320 px nor a button out of sight there, and screenshots at desktop width and at
// 320 px, written under .data/screenshots/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
export const SCREENSHOTS = join(fileURLToPath(new URL('../../../', import.meta.url)), '.data', 'screenshots');
/** The long list's case references (C0001…): never in a page's title. */
const CASE_REF = /\bC\d{4}\b/;

/** What a template shows when it writes out an object, a missing value or a failed sum. */
const NOT_TEXT = /\[object \w+\]|\bundefined\b|\bNaN\b/;

/** Page errors and CSP refusals the browser reports, per page; checked and cleared by `checkPage`. */
const problems = new WeakMap<Page, string[]>();
/** Pages opened with JavaScript off: axe needs script to run, so it checks the same pages in the runs with it on. */
const withoutScript = new WeakSet<Page>();

export function watchForProblems(page: Page, options: { javaScript?: boolean } = {}) {
  const seen: string[] = [];
  problems.set(page, seen);
  if (options.javaScript === false) withoutScript.add(page);
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.status() >= 500)
      seen.push(`server error ${response.status()} for a page`);
  });
  page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    // A form sent with errors is answered 400 on purpose; Chrome reports the document's status as an error.
    const theDocument =
      message.location().url === page.url() && message.text().startsWith('Failed to load resource');
    if (message.type() === 'error' && !theDocument) seen.push(`console error: ${message.text()}`);
  });
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's own CSP does not have to allow it.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  )) as AxeResult;
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

/** A whole case form is some 40,000 pixels tall: on a loaded machine photographing it takes more than 30 s. */
const SCREENSHOT_TIMEOUT = 120_000;

/** Screenshots are numbered in the order a journey takes them. */
const counters = new Map<string, number>();

/** Checks the page the browser is on and photographs it as `<journey>/<nn>-<name>`. */
export async function checkPage(page: Page, journey: string, name: string) {
  await page.waitForLoadState('load');
  if (!withoutScript.has(page)) expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  const title = await page.title();
  expect(title, `title of ${name}`).not.toMatch(CASE_REF);
  expect(title).toMatch(/Youth justice inspections|yji development sign-in/);
  expect(await page.locator('body').innerText(), `text of ${name}`).not.toMatch(NOT_TEXT);
  // A second click while the answer comes would send a form again (a second comment or alert, a save refused
  // as stale): every button of the web app that sends a form by POST takes one click a second (GOV.UK's
  // preventDoubleClick).
  if (title.includes('Youth justice inspections')) {
    const clickedTwice = await page.evaluate(() =>
      Array.from(document.querySelectorAll('form[method="post" i] button:not([type="button"])'))
        .filter((button) => button.getAttribute('data-prevent-double-click') !== 'true')
        .map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()),
    );
    expect(clickedTwice, `buttons that send a form twice on ${name}`).toEqual([]);
  }
  // GOV.UK's error summary: each message links to the field (or the part of the page) it is about.
  const linksToNothing = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('.govuk-error-summary a[href^="#"]'))
      .filter((link) => !document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .map((link) => link.getAttribute('href')),
  );
  expect(linksToNothing, `error summary links to nothing on ${name}`).toEqual([]);
  const seen = problems.get(page) ?? [];
  expect(seen.splice(0), `browser problems on ${name}`).toEqual([]);
  const folder = join(SCREENSHOTS, journey);
  mkdirSync(folder, { recursive: true });
  counters.set(journey, (counters.get(journey) ?? 0) + 1);
  const file = `${String(counters.get(journey)).padStart(2, '0')}-${name}`;
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.screenshot({
    path: join(folder, `${file}-desktop.png`),
    fullPage: true,
    timeout: SCREENSHOT_TIMEOUT,
  });
  await page.setViewportSize({ width: 320, height: 800 });
  // WCAG 1.4.10 reflow: at 320 CSS pixels nothing makes the page scroll sideways.
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? 0,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `no horizontal scroll at 320 px on ${name}`).toBeLessThanOrEqual(widths.inner);
  // Nor a button out of sight to the right, as a row's action at the end of a table that scrolls sideways is
  // (a column header's sort button goes with its column).
  const outOfSight = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main button, main .govuk-button'))
      .filter((button) => {
        if (button.closest('thead')) return false;
        const box = button.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth;
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()),
  );
  expect(outOfSight, `buttons out of sight at 320 px on ${name}`).toEqual([]);
  await page.screenshot({
    path: join(folder, `${file}-320.png`),
    fullPage: true,
    timeout: SCREENSHOT_TIMEOUT,
  });
  await page.setViewportSize(viewport);
}
