import { describe, expect, it } from 'vitest';
import { COURT_DISPOSAL_TYPES, DISPOSAL_TYPES } from '../sampling/disposal-types.ts';
import { disposalTypesFor, frameworkForCase } from './case-framework.ts';
import { frameworkSelectionProblems } from './framework-selection.ts';

const CURRENT = { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' };
const FJI = {
  courtDisposals: 'fji-sqs-2016',
  outOfCourt: 'none',
  standards: 'none',
  programme: { name: 'fji' as const, modules: ['courts' as const] },
};

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

  it('accepts the 2016 FJI/SQS framework for court cases, with no out-of-court bank or standards, and its programme (002 14)', () => {
    expect(frameworkSelectionProblems(FJI)).toEqual([]);
    expect(frameworkSelectionProblems({ ...FJI, programme: { name: 'sqs' } })).toEqual([]);
  });

  it('needs the 2016 programme, allows modules only in an FJI, and keeps the families apart', () => {
    expect(frameworkSelectionProblems({ ...FJI, programme: undefined })).toEqual([
      { field: 'programme', message: 'is needed with the 2016 FJI/SQS framework: fji or sqs' },
    ]);
    expect(frameworkSelectionProblems({ ...FJI, programme: { name: 'sqs', modules: ['courts'] } })).toEqual([
      { field: 'programme', message: 'modules are FJI only (002 14)' },
    ]);
    expect(
      frameworkSelectionProblems({ ...FJI, outOfCourt: 'd3-v3.6', standards: 'standards-2020' }),
    ).toEqual([
      { field: 'outOfCourt', message: 'must be "none" with the 2016 FJI/SQS framework' },
      { field: 'standards', message: 'must be "none" with the 2016 FJI/SQS framework' },
    ]);
    expect(
      frameworkSelectionProblems({ ...CURRENT, standards: 'fji-sqs-2016', programme: { name: 'fji' } }),
    ).toEqual([
      { field: 'standards', message: 'is not a set of standards' },
      { field: 'programme', message: 'is given only with the 2016 FJI/SQS framework' },
    ]);
    expect(frameworkSelectionProblems({ ...CURRENT, outOfCourt: 'none' })).toEqual([
      { field: 'outOfCourt', message: 'unknown framework version' },
    ]);
  });
});

describe('frameworkForCase and disposalTypesFor', () => {
  it("assess a case against the bank of its side, and close the long list to the pinned banks' types", () => {
    expect(frameworkForCase(CURRENT, 'youth_caution')).toBe('d3-v3.6');
    expect(frameworkForCase(CURRENT, 'custodial_sentence')).toBe('d2-v6.5');
    expect(disposalTypesFor(CURRENT)).toEqual(DISPOSAL_TYPES);
  });

  it('keep a 2016 inspection to court sentences', () => {
    expect(disposalTypesFor(FJI)).toEqual(COURT_DISPOSAL_TYPES);
    expect(frameworkForCase(FJI, 'referral_order')).toBe('fji-sqs-2016');
    expect(() => frameworkForCase(FJI, 'youth_caution')).toThrow(
      'the inspection pins no framework for out-of-court disposals',
    );
  });
});
