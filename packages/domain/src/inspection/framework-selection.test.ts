import { describe, expect, it } from 'vitest';
import { frameworkSelectionProblems } from './framework-selection.ts';

describe('frameworkSelectionProblems', () => {
  it('accepts a court bank, an out-of-court bank and the standards', () => {
    expect(
      frameworkSelectionProblems({
        courtDisposals: 'd2-v6.5',
        outOfCourt: 'd3-v3.6',
        standards: 'standards-2020',
      }),
    ).toEqual([]);
    expect(
      frameworkSelectionProblems({
        courtDisposals: 'd2-v6.5',
        outOfCourt: 'd3-legacy',
        standards: 'standards-2020',
      }),
    ).toEqual([]);
  });

  it('names each field that is unknown or of the wrong domain', () => {
    expect(
      frameworkSelectionProblems({ courtDisposals: 'd3-v3.6', outOfCourt: 'nope', standards: 'd2-v6.5' }),
    ).toEqual([
      { field: 'courtDisposals', message: 'is not a domain two framework' },
      { field: 'outOfCourt', message: 'unknown framework version' },
      { field: 'standards', message: 'is not a set of standards' },
    ]);
  });
});
