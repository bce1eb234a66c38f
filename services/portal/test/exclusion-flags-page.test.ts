// The lead inspector's page of cases flagged for exclusion: each flag on a case still open to exclusion links
// to where the lead decides (the sample page's exclusion form), the link naming its case to a screen reader;
// an excluded case, a case whose assessment is submitted (no longer excludable) and a flag whose reason was
// purged offer none. No service records a "keep" yet, so the page promises no answer to the assessor.
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import type { ExclusionFlagList, SampleView } from '@yji/contracts';
import type { z } from 'zod';
import type { Known } from '../src/people/directory.ts';
import { frontendFiles } from '../src/web/frontend-files.ts';
import { configureNunjucks } from '../src/web/nunjucks-filters.ts';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(frontendFiles.templates), {
  autoescape: true,
});
configureNunjucks(env);

const people: Known = {
  nameOf: (userId) => (userId === 'inspector-1' ? 'Amir Hussain' : userId),
  addressOf: (userId) => userId,
};
type Flag = z.infer<typeof ExclusionFlagList>['flags'][number];
const INSPECTION = { id: 'inspection-1', record: { yjs: { name: 'Northshire YJS' } } };

const flag = (caseRef: string, changes: Partial<Flag> = {}): Flag => ({
  taskId: `00000000-0000-4000-8000-00000000${caseRef.slice(1)}`,
  caseRef,
  taskState: 'in-progress',
  purgedAt: null,
  reason: 'The child moved out of the area.',
  flaggedBy: 'inspector-1',
  at: '2026-11-03T09:30:00.000Z',
  ...changes,
});

const flagsPage = (flags: Flag[]) =>
  env.render('lead/exclusion-flags.njk', {
    title: 'Cases flagged for exclusion',
    inspection: INSPECTION,
    flags,
    people,
  });

/** The card of case `caseRef` on `html`: from its opening to the next card's. */
const cardOf = (html: string, caseRef: string) => {
  const cards = html.split('<div class="govuk-summary-card"').slice(1);
  const card = cards.find((each) => each.includes(`Case ${caseRef}`));
  expect(card, `a card for ${caseRef}`).toBeDefined();
  return card!;
};

/** Each link on `html` as its address and its text read aloud (visually hidden text included). */
const linksOn = (html: string) =>
  [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, inner]) => ({
    href,
    name: inner!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ');

describe('the exclusion flags page', () => {
  it('links a flag on a case still being assessed to the decision, naming the case', () => {
    const html = flagsPage([flag('C0027'), flag('C0031', { taskState: 'assigned' })]);
    for (const caseRef of ['C0027', 'C0031']) {
      const link = linksOn(cardOf(html, caseRef)).find((each) => each.name.startsWith('Decide'));
      expect(link).toEqual({
        href: '/inspections/inspection-1/sample#exclude',
        name: `Decide on case ${caseRef}`,
      });
      // Only the case's name is hidden: the words seen are the action.
      expect(cardOf(html, caseRef)).toContain(
        `Decide<span class="govuk-visually-hidden"> on case ${caseRef}</span>`,
      );
    }
  });

  it('offers no decision on a case excluded, assessed, or whose flag was purged', () => {
    const html = flagsPage([
      flag('C0027', { taskState: 'withdrawn' }),
      flag('C0031', { taskState: 'submitted' }),
      flag('C0040', { taskState: 'revising' }),
      flag('C0052', { purgedAt: '2027-06-01T00:00:00.000Z' }),
    ]);
    for (const caseRef of ['C0027', 'C0031', 'C0040', 'C0052'])
      expect(linksOn(cardOf(html, caseRef)).filter((each) => each.name.startsWith('Decide'))).toEqual([]);
    expect(textOf(cardOf(html, 'C0027'))).toContain('Excluded');
    expect(textOf(cardOf(html, 'C0031'))).toContain('Assessment submitted');
    expect(textOf(cardOf(html, 'C0040'))).toContain('Assessment submitted');
  });

  it('promises the assessor no answer when the lead keeps a case: none is recorded', () => {
    const text = textOf(flagsPage([flag('C0027')]));
    expect(text).not.toContain('Waiting for you');
    expect(text).not.toContain('do nothing');
    expect(textOf(cardOf(flagsPage([flag('C0027')]), 'C0027'))).toContain('Not excluded');
    expect(text).toContain('the assessor is not told');
  });
});

describe('the sample page', () => {
  it('has the exclusion form under the anchor the flags link to', () => {
    const sample = {
      seed: 'seed-1',
      confirmed: true,
      purgedAt: null,
      summary: { court: 1, custody: 0, oocd: 0 },
      warnings: [],
      selected: [{ caseRef: 'C0027', stratum: 'court', side: 'court', reason: 'Picked at random' }],
      excluded: [],
      reserve: [],
      ineligible: [],
    } as unknown as z.infer<typeof SampleView>;
    const html = env.render('lead/sample.njk', {
      title: 'Sample',
      inspection: { ...INSPECTION, workflow: { longList: { rows: 40 } } },
      sample,
      values: {},
      fieldErrors: {},
      reasonMaxLength: 1000,
      people,
    });
    const anchored = html.match(/<h2 [^>]*id="exclude"[^>]*>([^<]*)<\/h2>/);
    expect(anchored?.[1]).toBe('Exclude a case');
    expect(html.indexOf('id="exclude"')).toBeLessThan(
      html.indexOf('action="/inspections/inspection-1/sample/exclusions"'),
    );
  });
});
