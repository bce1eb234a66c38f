// Properties the draw must keep for any long list.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawSample } from './draw-sample.ts';
import { checkEligibility } from './eligibility.ts';
import { CUSTODIAL_SENTENCE, DISPOSAL_TYPES, disposalTypesOf, sideOf } from './disposal-types.ts';
import type { DisposalType, Side } from './disposal-types.ts';
import type { LongListCase } from './long-list-row-schema.ts';

const INSPECTION = '2025-06-30';

// Dates inside the three-month window, inside only the custody year, and after the inspection.
const caseArbitrary = fc.record({
  disposalType: fc.constantFrom(...DISPOSAL_TYPES),
  disposalStart: fc.constantFrom('2025-04-01', '2025-06-30', '2025-05-20', '2024-09-01', '2025-07-02'),
  caseManager: fc.constantFrom('CM1', 'CM2', 'CM3', 'CM4', 'CM5', 'CM6'),
  gender: fc.constantFrom('Male', 'Female', 'Not recorded'),
  ethnicity: fc.constantFrom('White', 'Asian or Asian British', 'Mixed or Multiple ethnic groups'),
  safetyWellbeing: fc.constantFrom('low', 'medium', 'high', 'very_high'),
  riskOfSeriousHarm: fc.constantFrom('low', 'medium', 'high', 'very_high'),
});
const longListArbitrary = fc
  .array(caseArbitrary, { maxLength: 150 })
  .map((cases): LongListCase[] => cases.map((c, index) => ({ caseId: `C${index}`, ...c })));
const optionsArbitrary = fc.record({
  size: fc.integer({ min: 1, max: 40 }),
  seed: fc.string({ minLength: 1, maxLength: 12 }),
  courtShare: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
});

function eligibleBySide(longList: readonly LongListCase[]) {
  const { eligible } = checkEligibility(longList, INSPECTION, { windowMonths: 3, custodyWindowMonths: 12 });
  const count = (predicate: (c: LongListCase) => boolean) => eligible.filter(predicate).length;
  return {
    eligible,
    court: count((c) => sideOf(c.disposalType) === 'court'),
    oocd: count((c) => sideOf(c.disposalType) === 'oocd'),
    byType: (type: DisposalType) => count((c) => c.disposalType === type),
  };
}

describe('sampling properties', () => {
  it('is deterministic for a seed, whatever the order of the rows', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const first = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        const reordered = drawSample([...longList].reverse(), { ...options, inspectionDate: INSPECTION });
        expect(reordered.selected).toEqual(first.selected);
        expect(reordered.reserve).toEqual(first.reserve);
      }),
    );
  });

  it('selects eligible cases only, without duplicates, with a reserve apart from the sample', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const sample = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        const eligibleIds = new Set(eligibleBySide(longList).eligible.map(({ caseId }) => caseId));
        const selectedIds = sample.selected.map(({ caseId }) => caseId);
        const reserveIds = sample.reserve.map(({ caseId }) => caseId);
        expect(new Set(selectedIds).size).toBe(selectedIds.length);
        expect(new Set(reserveIds).size).toBe(reserveIds.length);
        expect(selectedIds.every((id) => eligibleIds.has(id))).toBe(true);
        expect(reserveIds.every((id) => eligibleIds.has(id) && !selectedIds.includes(id))).toBe(true);
        expect(sample.ineligible.length + eligibleIds.size).toBe(longList.length);
      }),
    );
  });

  it('respects the size when enough cases are eligible, and takes all of them otherwise', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const sample = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        expect(sample.selected).toHaveLength(
          Math.min(options.size, eligibleBySide(longList).eligible.length),
        );
      }),
    );
  });

  it('keeps the court share within rounding when both sides have enough (004 ¶3.33)', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const exact = options.size * options.courtShare;
        const eligible = eligibleBySide(longList);
        fc.pre(eligible.court >= Math.ceil(exact) && eligible.oocd >= Math.ceil(options.size - exact));
        const { summary } = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        expect(summary.court).toBeGreaterThanOrEqual(Math.floor(exact));
        expect(summary.court).toBeLessThanOrEqual(Math.ceil(exact));
        expect(summary.court + summary.oocd).toBe(options.size);
      }),
      { numRuns: 200 },
    );
  });

  it('selects at least five custody cases when five are eligible and the court side has room (004 ¶3.15)', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const { summary } = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        if (eligibleBySide(longList).byType(CUSTODIAL_SENTENCE) >= 5) {
          expect(summary.custody).toBeGreaterThanOrEqual(Math.min(5, summary.court));
        }
      }),
    );
  });

  it('allocates each side to disposal types within one of the exact proportion, custody raise aside', () => {
    fc.assert(
      fc.property(longListArbitrary, optionsArbitrary, (longList, options) => {
        const eligible = eligibleBySide(longList);
        fc.pre(eligible.byType(CUSTODIAL_SENTENCE) < 5);
        const { summary } = drawSample(longList, { ...options, inspectionDate: INSPECTION });
        for (const side of ['court', 'oocd'] as Side[]) {
          for (const type of disposalTypesOf(side)) {
            const exact = eligible[side] === 0 ? 0 : (summary[side] * eligible.byType(type)) / eligible[side];
            expect(Math.abs(summary.byDisposalType[type] - exact)).toBeLessThan(1);
          }
        }
      }),
    );
  });
});
