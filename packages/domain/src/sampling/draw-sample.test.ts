import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { drawSample } from './draw-sample.ts';
import type { DisposalType } from './disposal-types.ts';
import type { LongListCase } from './long-list-row-schema.ts';

const INSPECTION = '2025-06-30';

/** `count` in-window cases of one type; every fifth a girl, case managers in turn. */
function casesOf(
  disposalType: DisposalType,
  count: number,
  caseManagerOf = (index: number) => index % 10,
): LongListCase[] {
  return Array.from({ length: count }, (_, index) => ({
    caseId: `${disposalType}-${index}`,
    disposalType,
    disposalStart: '2025-05-15',
    caseManager: `CM${String(caseManagerOf(index)).padStart(2, '0')}`,
    gender: index % 5 === 0 ? 'Female' : 'Male',
    ethnicity: ['White', 'Asian or Asian British', 'White', 'Mixed or Multiple ethnic groups'][
      index % 4
    ] as string,
    safetyWellbeing: index % 3 === 0 ? 'high' : 'medium',
    riskOfSeriousHarm: index % 2 === 0 ? 'low' : 'medium',
  }));
}

const longList = [
  ...casesOf('referral_order', 60),
  ...casesOf('youth_rehabilitation_order', 30),
  ...casesOf('custodial_sentence', 6),
  ...casesOf('community_resolution', 50),
  ...casesOf('youth_conditional_caution', 30),
  { ...(casesOf('youth_caution', 1)[0] as LongListCase), disposalStart: '2025-03-01' },
];

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

describe('drawSample', () => {
  const sample = drawSample(longList, { size: 30, seed: 'yjs-2025', inspectionDate: INSPECTION });

  it('draws the size asked, 60% court (004 ¶3.33), with custody raised to five (004 ¶3.15)', () => {
    expect(sample.selected).toHaveLength(30);
    expect(sample.summary).toMatchObject({ court: 18, oocd: 12, custody: 5 });
    // Court 18 × (60, 30, 6)/96 = 11.25, 5.625, 1.125 → 11, 6, 1; custody then takes four from referral orders.
    // Out-of-court 12 × (50, 30)/80 = 7.5, 4.5 → 8, 4 (the tie goes to the earlier type).
    expect(sample.summary.byDisposalType).toEqual({
      referral_order: 7,
      youth_rehabilitation_order: 6,
      custodial_sentence: 5,
      other_court: 0,
      community_resolution: 8,
      youth_restorative_disposal: 0,
      youth_caution: 0,
      youth_conditional_caution: 4,
      other_oocd: 0,
    });
  });

  it('explains each pick', () => {
    const custody = sample.selected.find(({ stratum }) => stratum === 'custodial_sentence');
    expect(custody?.reason).toMatch(
      /^Custodial sentence \(court\), pick \d of 5: 5 of 6 eligible, raised so resettlement standard 2\.5/,
    );
    for (const { reason } of sample.selected) expect(reason).toContain('seeded draw');
  });

  it('lists ineligible cases with a reason', () => {
    expect(sample.ineligible).toEqual([
      {
        caseId: 'youth_caution-0',
        reason: 'disposal started before 2025-03-30, more than 3 months before the inspection',
      },
    ]);
  });

  it('keeps a reserve per stratum of half its picks, at least two, as far as cases remain', () => {
    expect(countBy(sample.reserve, ({ stratum }) => stratum)).toEqual({
      referral_order: 4,
      youth_rehabilitation_order: 3,
      custodial_sentence: 1,
      community_resolution: 4,
      youth_conditional_caution: 2,
    });
    const selectedIds = new Set(sample.selected.map(({ caseId }) => caseId));
    expect(sample.reserve.some(({ caseId }) => selectedIds.has(caseId))).toBe(false);
  });

  it('is the same for the same seed whatever the order of the list, and differs with another seed', () => {
    const again = drawSample([...longList].reverse(), {
      size: 30,
      seed: 'yjs-2025',
      inspectionDate: INSPECTION,
    });
    expect(again.selected).toEqual(sample.selected);
    expect(again.reserve).toEqual(sample.reserve);
    const other = drawSample(longList, { size: 30, seed: 'another', inspectionDate: INSPECTION });
    expect(other.selected.map(({ caseId }) => caseId)).not.toEqual(
      sample.selected.map(({ caseId }) => caseId),
    );
  });

  it('keeps gender close to the long list within a stratum', () => {
    const referralOnly = drawSample(casesOf('referral_order', 100), {
      size: 10,
      seed: 'balance',
      inspectionDate: INSPECTION,
      courtShare: 1,
    });
    const byId = new Map(casesOf('referral_order', 100).map((c) => [c.caseId, c]));
    // One case in five is a girl's: two of ten.
    expect(countBy(referralOnly.selected, ({ caseId }) => byId.get(caseId)?.gender ?? '')).toEqual({
      Female: 2,
      Male: 8,
    });
  });

  it('holds case managers to max(2, ceil(2 × size ÷ case managers)) while the list allows', () => {
    // Five case managers: CM00 holds 36 of 52 cases; the cap is max(2, ceil(20 / 5)) = 4.
    const skewed = casesOf('referral_order', 52, (index) => (index < 36 ? 0 : 1 + (index % 4)));
    const drawn = drawSample(skewed, { size: 10, seed: 'cap', inspectionDate: INSPECTION, courtShare: 1 });
    // Without the cap CM00 would have about 7 of the 10 (36/52).
    expect(drawn.summary.byCaseManager.CM00).toBe(4);
    expect(Math.max(...Object.values(drawn.summary.byCaseManager))).toBe(4);
  });

  it('goes over the cap only when no other case is left, and says so', () => {
    // Ten case managers, CM00 with 100 cases and nine with one each; cap max(2, ceil(40 / 10)) = 4.
    const skewed = casesOf('referral_order', 109, (index) => (index < 100 ? 0 : index - 99));
    const drawn = drawSample(skewed, { size: 20, seed: 'cap', inspectionDate: INSPECTION, courtShare: 1 });
    expect(drawn.summary.byCaseManager.CM00).toBe(11);
    expect(drawn.selected.filter(({ reason }) => reason.includes('already had 4 cases'))).toHaveLength(7);
  });

  it('takes every eligible case, with a warning, when there are fewer than the size', () => {
    const small = drawSample(casesOf('referral_order', 8), {
      size: 20,
      seed: 's',
      inspectionDate: INSPECTION,
    });
    expect(small.selected).toHaveLength(8);
    expect(small.warnings).toEqual([
      'Only 8 eligible cases for a sample of 20: all are selected',
      '0 eligible custody cases, fewer than 5: resettlement standard 2.5 is out of scope (004 ¶3.15)',
    ]);
  });

  it('refuses invalid options and repeated case ids', () => {
    expect(() => drawSample(longList, { size: 0, seed: 's', inspectionDate: INSPECTION })).toThrow(ZodError);
    expect(() => drawSample(longList, { size: 5, seed: 's', inspectionDate: '2025-02-30' })).toThrow(
      ZodError,
    );
    expect(() =>
      drawSample(longList, { size: 5, seed: 's', inspectionDate: INSPECTION, courtShare: 1.5 }),
    ).toThrow(ZodError);
    const repeated = [...longList, longList[0] as LongListCase];
    expect(() => drawSample(repeated, { size: 5, seed: 's', inspectionDate: INSPECTION })).toThrow(
      RangeError,
    );
  });
});
