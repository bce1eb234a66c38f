import { describe, expect, it } from 'vitest';
import { drawSample } from './draw-sample.ts';
import { replaceExcludedCase } from './replace-excluded-case.ts';
import type { DisposalType } from './disposal-types.ts';
import type { LongListCase } from './long-list-row-schema.ts';
import type { SampleResult } from './sample-result.ts';

function casesOf(disposalType: DisposalType, count: number): LongListCase[] {
  return Array.from({ length: count }, (_, index) => ({
    caseId: `${disposalType}-${index}`,
    disposalType,
    disposalStart: '2025-05-15',
    caseManager: `CM${index % 6}`,
    gender: 'Male',
    ethnicity: 'White',
    safetyWellbeing: 'medium',
    riskOfSeriousHarm: 'medium',
  }));
}

// 10 places: 6 court (referral 4 of 8, YRO 2 of 3), 4 out-of-court (youth caution 4 of 20).
const sample = drawSample(
  [
    ...casesOf('referral_order', 8),
    ...casesOf('youth_rehabilitation_order', 3),
    ...casesOf('youth_caution', 20),
  ],
  { size: 10, seed: 'replace', inspectionDate: '2025-06-30' },
);

function firstOf(result: SampleResult, stratum: DisposalType) {
  const found = result.selected.find((entry) => entry.stratum === stratum);
  if (!found) throw new Error(`no ${stratum} case`);
  return found;
}

describe('replaceExcludedCase', () => {
  it('replaces an excluded case with the next reserve case of its stratum, in its place', () => {
    const excluded = firstOf(sample, 'referral_order');
    const next = sample.reserve.find(({ stratum }) => stratum === 'referral_order');
    const outcome = replaceExcludedCase(sample, {
      caseId: excluded.caseId,
      reason: ' Care-experienced, home YJS elsewhere (003 I1.1) ',
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const position = sample.selected.indexOf(excluded);
    expect(outcome.replacement).toMatchObject({ caseId: next?.caseId, stratum: 'referral_order' });
    expect(outcome.replacement.reason).toBe(
      `Replaces ${excluded.caseId}, excluded: next on the referral order reserve.`,
    );
    expect(outcome.sample.selected[position]).toBe(outcome.replacement);
    expect(outcome.sample.reserve).toHaveLength(sample.reserve.length - 1);
    expect(outcome.sample.excluded).toEqual([
      {
        caseId: excluded.caseId,
        stratum: 'referral_order',
        reason: 'Care-experienced, home YJS elsewhere (003 I1.1)',
        replacedBy: next?.caseId,
      },
    ]);
    expect(outcome.sample.summary.byDisposalType).toEqual(sample.summary.byDisposalType);
    expect(sample.excluded).toEqual([]);
  });

  it('is deterministic', () => {
    const exclusion = { caseId: firstOf(sample, 'youth_caution').caseId, reason: 'duplicate record' };
    expect(replaceExcludedCase(sample, exclusion)).toEqual(replaceExcludedCase(sample, exclusion));
  });

  it('refuses an empty stratum reserve by default, and falls back to the same side when asked', () => {
    // The YRO stratum has 3 cases: 2 selected, 1 in reserve.
    let current = sample;
    const first = replaceExcludedCase(current, {
      caseId: firstOf(current, 'youth_rehabilitation_order').caseId,
      reason: 'x',
    });
    if (!first.ok) throw new Error(first.error.message);
    current = first.sample;
    const target = { caseId: firstOf(current, 'youth_rehabilitation_order').caseId, reason: 'y' };
    expect(replaceExcludedCase(current, target)).toEqual({
      ok: false,
      error: {
        code: 'reserve-empty',
        message: 'the youth rehabilitation order reserve is empty; no replacement drawn',
      },
    });
    const fallback = replaceExcludedCase(current, target, { fallback: 'same-side' });
    if (!fallback.ok) throw new Error(fallback.error.message);
    expect(fallback.replacement.stratum).toBe('referral_order');
    expect(fallback.replacement.reason).toContain('the youth rehabilitation order reserve is empty');
    expect(fallback.sample.summary).toMatchObject({ court: 6, oocd: 4 });
  });

  it('refuses an exclusion without a reason or of a case not in the sample', () => {
    expect(
      replaceExcludedCase(sample, { caseId: firstOf(sample, 'youth_caution').caseId, reason: '  ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'reason-required' },
    });
    expect(replaceExcludedCase(sample, { caseId: 'nobody', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-in-sample' },
    });
  });
});
