// Our guidance is in our own words: no run of 12 or more consecutive words is the same as anywhere in any
// seed document (case, punctuation and whitespace ignored). The standards' statements are exempt: they are
// the standards themselves, quoted, and the coverage test checks them against the seed word for word.
import { describe, expect, it } from 'vitest';
import { getFrameworkGuidance, guidedFrameworkIds } from './registry.ts';
import { allSeedTexts, seedsAvailable } from './seed-documents.fixture.ts';

const RUN = 12;

function words(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

function runs(list: string[]): string[] {
  return list
    .slice(0, Math.max(0, list.length - RUN + 1))
    .map((_, index) => list.slice(index, index + RUN).join(' '));
}

// Every string in the guidance but the fields that are codes, references or quoted statements.
function guidanceTexts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => guidanceTexts(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const skipped = new Set([
    'code',
    'question',
    'framework',
    'document',
    'printed',
    'statement',
    'level',
    'concern',
  ]);
  const owner =
    (value as { code?: string; question?: string }).code ?? (value as { question?: string }).question;
  return Object.entries(value)
    .filter(([key]) => !skipped.has(key))
    .flatMap(([key, child]) => guidanceTexts(child, `${path}${owner ? ` ${owner}` : ''}.${key}`));
}

describe.runIf(seedsAvailable)('guidance originality', () => {
  const seedRuns = new Set(allSeedTexts().flatMap((text) => runs(words(text))));

  it('finds a copied run (the check can fail)', () => {
    const copied =
      'Inspectors are looking for an analysis of the offending behaviour, which gives context as to why';
    expect(runs(words(copied)).some((run) => seedRuns.has(run))).toBe(true);
  });

  it.each(guidedFrameworkIds())('%s copies no run of 12 words from a seed', (id) => {
    const copies = guidanceTexts(getFrameworkGuidance(id), id).flatMap(({ path, text }) =>
      runs(words(text))
        .filter((run) => seedRuns.has(run))
        .map((run) => `${path}: "${run}"`),
    );
    expect(copies).toEqual([]);
  });
});
