// GOV.UK's error pattern, read from a page's HTML without a browser: the error summary's links each reach
// something on the page (as the browser journeys' checkPage checks), and a message the summary gives is also
// beside what it is about — a govuk-error-message the element is described by (aria-describedby).
import { expect } from 'vitest';
import { textOf } from './browserless.ts';

/** The error summary's entries: each one's text and the id its link goes to (none for an entry without one). */
export function summaryOf(html: string): { text: string; target?: string }[] {
  const summary =
    /<div class="govuk-error-summary"[\s\S]*?<ul class="govuk-list govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(
      html,
    )?.[1];
  return [...(summary ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => {
    const target = /href="#([^"]+)"/.exec(item!)?.[1];
    return { text: textOf(item!), ...(target ? { target } : {}) };
  });
}

/** Every govuk-error-message on the page, by its id, with its words (without the hidden "Error:"). */
export function errorMessagesOf(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, attributes, inner] of html.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)) {
    if (!/class="govuk-error-message/.test(attributes!)) continue;
    const id = /\bid="([^"]+)"/.exec(attributes!)?.[1] ?? '';
    found.set(id, textOf(inner!).replace(/^Error:\s*/, ''));
  }
  return found;
}

/** The ids the element with `id` is described by. */
export function describedBy(html: string, id: string): string[] {
  const tag = new RegExp(`<[a-z]+\\b[^>]*\\sid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
  return /aria-describedby="([^"]+)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
}

/** Each link of the error summary goes to an element of the page. */
export function expectSummaryLinksResolve(html: string) {
  const summary = summaryOf(html);
  expect(summary.length, 'an error summary').toBeGreaterThan(0);
  for (const { target } of summary)
    if (target) expect(html, `the summary's link to #${target}`).toContain(`id="${target}"`);
}

/**
 * The error summary says `words` with a link to `target`, and the same words are in an error message
 * beside it: one `described` (`target` unless given) is described by.
 */
export function expectErrorOn(html: string, target: string, words: string, described = target) {
  expectSummaryLinksResolve(html);
  expect(summaryOf(html)).toContainEqual({ text: words, target });
  const messages = errorMessagesOf(html);
  const besideIt = describedBy(html, described).filter((id) => messages.has(id));
  expect(
    besideIt.map((id) => messages.get(id)),
    `the error message beside #${described}`,
  ).toEqual([words]);
}
