// People know the service by the name its header shows, "Youth justice inspections": no page or message calls
// it by "yji", the name of the code, which a person reads as a stray abbreviation (a hint once said "the
// email address they sign in to yji with").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notSignedIn } from '../src/people/unknown-people.ts';

const VIEWS = fileURLToPath(new URL('../src/views', import.meta.url));
const CODE_NAME = /\byji\b/i;

/** What a template shows: its text without Nunjucks comments, which nobody reads on a page. */
const shownBy = (file: string) => readFileSync(file, 'utf8').replace(/\{#[\s\S]*?#\}/g, '');

describe('the service’s name on pages', () => {
  it('is never the code name in a template', () => {
    const templates = readdirSync(VIEWS, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.njk'))
      .map((file) => join(VIEWS, file));
    expect(templates.length).toBeGreaterThan(40);
    const naming = templates.filter((file) => CODE_NAME.test(shownBy(file)));
    expect(naming.map((file) => file.slice(VIEWS.length + 1))).toEqual([]);
  });

  it('is the header’s in the message for an address nobody has signed in with', () => {
    for (const count of [1, 2]) {
      expect(notSignedIn(count)).not.toMatch(CODE_NAME);
      expect(notSignedIn(count)).toContain('signed in to Youth justice inspections with');
    }
  });
});
