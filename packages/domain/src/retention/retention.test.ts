// The retention rules: the period a deployment sets, and what of a sample survives the purge.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawSample } from '../sampling/draw-sample.ts';
import { DISPOSAL_TYPES } from '../sampling/disposal-types.ts';
import { replaceExcludedCase } from '../sampling/replace-excluded-case.ts';
import type { LongListCase } from '../sampling/long-list-row-schema.ts';
import { parseRetentionPeriod, retentionEnds } from './retention-period.ts';
import { purgedSample } from './purged-sample.ts';

describe('parseRetentionPeriod', () => {
  it.each([
    ['P90D', 90 * 86_400_000],
    ['90', 90 * 86_400_000],
    ['P12W', 84 * 86_400_000],
    ['PT30S', 30_000],
    ['PT1.5S', 1500],
    ['P1DT12H', 36 * 3_600_000],
    ['PT2M', 120_000],
  ])('reads %s', (text, ms) => expect(parseRetentionPeriod(text)).toBe(ms));

  it.each(['P1Y', 'P3M', 'P', 'PT', 'P0D', '0', '-5', 'ninety', 'P1DT', ''])('refuses %s', (text) => {
    expect(() => parseRetentionPeriod(text)).toThrow(/must be/);
  });

  it('ends the period that long after publication', () => {
    expect(retentionEnds(new Date('2026-01-01T09:00:00Z'), parseRetentionPeriod('P90D')).toISOString()).toBe(
      '2026-04-01T09:00:00.000Z',
    );
  });
});

// A long list whose case managers have names found nowhere else, so their absence can be checked.
const INSPECTION = '2025-06-30';
const longListArbitrary = fc
  .array(
    fc.record({
      disposalType: fc.constantFrom(...DISPOSAL_TYPES),
      disposalStart: fc.constantFrom('2025-04-01', '2025-06-30', '2025-05-20', '2024-09-01'),
      caseManager: fc.integer({ min: 1, max: 6 }).map((n) => `Manager Q${n}`),
      gender: fc.constant('Female'),
      ethnicity: fc.constant('White'),
      safetyWellbeing: fc.constantFrom('low', 'high'),
      riskOfSeriousHarm: fc.constantFrom('low', 'high'),
    }),
    { minLength: 1, maxLength: 80 },
  )
  .map((cases): LongListCase[] => cases.map((c, index) => ({ caseId: `C${index}`, ...c })));

describe('purgedSample', () => {
  it('keeps the method and the counts, and removes every case manager and exclusion reason', () => {
    fc.assert(
      fc.property(longListArbitrary, fc.string({ minLength: 1, maxLength: 8 }), (longList, seed) => {
        let sample = drawSample(longList, { size: 10, seed, inspectionDate: INSPECTION });
        const first = sample.selected[0];
        if (first) {
          const outcome = replaceExcludedCase(sample, {
            caseId: first.caseId,
            reason: 'Reason Z moved away',
          });
          if (outcome.ok) sample = outcome.sample;
        }
        const purged = purgedSample(sample);
        const text = JSON.stringify(purged);
        expect(text).not.toMatch(/Manager Q|Reason Z/);
        expect(
          purged.selected.map(({ caseId, stratum, side, reason }) => [caseId, stratum, side, reason]),
        ).toEqual(
          sample.selected.map(({ caseId, stratum, side, reason }) => [caseId, stratum, side, reason]),
        );
        expect(purged.excluded.map(({ caseId, replacedBy }) => [caseId, replacedBy])).toEqual(
          sample.excluded.map(({ caseId, replacedBy }) => [caseId, replacedBy]),
        );
        expect({ ...purged.summary, byCaseManager: null }).toEqual({
          ...sample.summary,
          byCaseManager: null,
        });
        expect(purged.ineligible).toEqual(sample.ineligible);
        expect(purgedSample(purged)).toEqual(purged);
      }),
    );
  });
});
