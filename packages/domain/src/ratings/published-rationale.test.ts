// A published rationale's check for the sampled cases' references: a reference as a word of its own only.
// A standard as the report publishes it: the panel's decision only where it moved the rating.
import { describe, expect, it } from 'vitest';
import { namesCase, ratingAsPublished } from './published-rationale.ts';

describe('a text naming a sampled case', () => {
  const refs = ['C0012', 'C0031', 'yj-2024.7'];

  it('finds a reference standing as a word of its own, in any letter case and beside punctuation', () => {
    for (const text of [
      'C0012 and C0031: no safety plan',
      'Plans were thin (c0012).',
      'See YJ-2024.7, the custody case.',
      'C0031',
    ])
      expect(namesCase(text, refs), text).toBe(true);
  });

  it('leaves a reference inside a longer word or number, and a text naming none', () => {
    for (const text of [
      'C00123 is not in the sample',
      'XC0012 neither',
      'yj-2024.71 neither',
      'Two cases had no safety plan.',
      '',
    ])
      expect(namesCase(text, refs), text).toBe(false);
    expect(namesCase('C0012', [])).toBe(false);
  });
});

describe('a standard as the report publishes it', () => {
  const decision = { decidedBy: 'chair-1', decidedAt: '2026-03-02T10:00:00.000Z' };

  it("keeps a moved rating's decision, its rationale included", () => {
    const moved = { computedRating: 'Good', finalRating: 'Outstanding', rationale: 'Why.', ...decision };
    expect(ratingAsPublished(moved)).toEqual(moved);
    const unrated = {
      computedRating: null,
      proposedRating: null,
      finalRating: 'Good',
      rationale: 'Why.',
      ...decision,
    };
    expect(ratingAsPublished(unrated)).toEqual(unrated);
  });

  it('shows a confirmation as the rating it confirmed, with no rationale nor who confirmed it or when', () => {
    const confirmed = {
      id: '2.1',
      proposedRating: 'Good',
      finalRating: 'Good',
      rationale: 'About C0012.',
      ...decision,
    };
    expect(ratingAsPublished(confirmed)).toEqual({
      id: '2.1',
      proposedRating: 'Good',
      finalRating: 'Good',
      rationale: null,
      decidedBy: null,
      decidedAt: null,
    });
  });
});
