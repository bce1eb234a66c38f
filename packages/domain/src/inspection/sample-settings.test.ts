import { describe, expect, it } from 'vitest';
import { DEFAULT_COURT_SHARE, drawSample, drawSampleOptionsSchema } from '../sampling/index.ts';
import type { LongListCase } from '../sampling/index.ts';
import { courtShareProblems, defaultCourtShare, drawOptionsFor } from './sample-settings.ts';

describe("an inspection's draw", () => {
  it("takes the inspection's size and court share, counted back from the first day of fieldwork", () => {
    const settings = {
      fieldworkStart: '2026-12-07',
      sampleSize: 20,
      courtShare: 0.5,
      standards: 'standards-2020',
    };
    expect(drawOptionsFor(settings, 's1')).toEqual({
      size: 20,
      seed: 's1',
      inspectionDate: '2026-12-07',
      courtShare: 0.5,
      custodyMinimum: 5,
    });
  });

  it('makes no room for custody cases, and warns of no standard 2.5, where the inspection rates no standards', () => {
    const fji2016 = { fieldworkStart: '2026-12-07', sampleSize: 4, courtShare: 1, standards: 'none' };
    expect(drawOptionsFor(fji2016, 's1')).toMatchObject({ custodyMinimum: 0 });
    const cases: LongListCase[] = [1, 2, 3, 4, 5, 6].map((n) => ({
      caseId: `C${n}`,
      disposalType: n === 6 ? 'custodial_sentence' : 'referral_order',
      disposalStart: '2026-11-02',
      caseManager: `CM${n % 3}`,
      gender: 'Male',
      ethnicity: 'White',
      safetyWellbeing: 'medium',
      riskOfSeriousHarm: 'low',
    }));
    const youthStandards = drawOptionsFor({ ...fji2016, standards: 'standards-2020' }, 's1');
    expect(drawSample(cases, youthStandards).warnings.join()).toContain('standard 2.5');
    expect(drawSample(cases, drawOptionsFor(fji2016, 's1')).warnings).toEqual([]);
  });

  it('uses the consultation’s 60/40 split where the inspection recorded none (004 ¶3.33)', () => {
    const options = drawOptionsFor(
      { fieldworkStart: '2026-12-07', sampleSize: null, courtShare: null, standards: 'standards-2020' },
      's1',
    );
    expect(options).toMatchObject({ size: 1, courtShare: 0.6 });
    expect(DEFAULT_COURT_SHARE).toBe(0.6);
    expect(
      drawSampleOptionsSchema.parse({ size: 1, seed: 's', inspectionDate: '2026-12-07' }).courtShare,
    ).toBe(DEFAULT_COURT_SHARE);
  });

  it('takes every case from court where the inspection pins no out-of-court framework (002: sentences)', () => {
    expect(defaultCourtShare({ outOfCourt: 'none' })).toBe(1);
    expect(defaultCourtShare({ outOfCourt: 'd3-v3.6' })).toBe(DEFAULT_COURT_SHARE);
  });

  it('refuses a court share other than 1 where the inspection pins no out-of-court framework (002 p.2)', () => {
    const fji2016 = { outOfCourt: 'none' };
    expect(courtShareProblems(fji2016, 1)).toEqual([]);
    expect(courtShareProblems(fji2016, undefined)).toEqual([]);
    for (const share of [0, 0.6, 0.99])
      expect(courtShareProblems(fji2016, share)).toEqual([
        {
          field: 'courtShare',
          message: 'must be 1: without an out-of-court framework every case is a court case',
        },
      ]);
    expect(courtShareProblems({ outOfCourt: 'd3-v3.6' }, 0.5)).toEqual([]);
  });
});
