import { describe, expect, it } from 'vitest';
import { allocateStrata } from './allocate-strata.ts';
import { DISPOSAL_TYPES } from './disposal-types.ts';
import type { DisposalType } from './disposal-types.ts';

function eligible(counts: Partial<Record<DisposalType, number>>): Record<DisposalType, number> {
  return Object.fromEntries(DISPOSAL_TYPES.map((type) => [type, counts[type] ?? 0])) as Record<
    DisposalType,
    number
  >;
}

function quotas(counts: Partial<Record<DisposalType, number>>, size: number, courtShare = 0.6) {
  return Object.fromEntries(
    allocateStrata(eligible(counts), { size, courtShare, custodyMinimum: 5 })
      .filter(({ quota }) => quota > 0)
      .map(({ stratum, quota }) => [stratum, quota]),
  );
}

describe('allocateStrata', () => {
  it('gives court 60% and out-of-court 40% (004 ¶3.33), proportional to disposal types within each side', () => {
    expect(
      quotas(
        {
          referral_order: 60,
          youth_rehabilitation_order: 30,
          other_court: 10,
          community_resolution: 50,
          youth_caution: 50,
        },
        60,
      ),
    ).toEqual({
      referral_order: 22,
      youth_rehabilitation_order: 11,
      other_court: 3,
      community_resolution: 12,
      youth_caution: 12,
    });
  });

  it('raises custody to five when five are eligible (004 ¶3.15), taking from the largest court stratum', () => {
    const result = allocateStrata(
      eligible({
        referral_order: 50,
        youth_rehabilitation_order: 30,
        custodial_sentence: 10,
        other_court: 10,
        youth_caution: 100,
      }),
      { size: 60, courtShare: 0.6, custodyMinimum: 5 },
    );
    const byType = Object.fromEntries(result.map(({ stratum, quota }) => [stratum, quota]));
    // Proportional: 18, 11, 4, 3 (36 × 50, 30, 10, 10 %); custody then takes one from referral orders.
    expect(byType).toMatchObject({
      referral_order: 17,
      youth_rehabilitation_order: 11,
      custodial_sentence: 5,
      other_court: 3,
    });
    expect(result.find(({ stratum }) => stratum === 'custodial_sentence')?.basis).toContain(
      'resettlement standard 2.5',
    );
    expect(result.find(({ stratum }) => stratum === 'referral_order')?.basis).toContain(
      'less 1 moved to custody',
    );
  });

  it('leaves custody proportional when fewer than five are eligible', () => {
    expect(quotas({ referral_order: 96, custodial_sentence: 4, youth_caution: 100 }, 60)).toMatchObject({
      referral_order: 35,
      custodial_sentence: 1,
    });
  });

  it('raises custody only as far as the court side allows', () => {
    expect(quotas({ referral_order: 10, custodial_sentence: 10, youth_caution: 10 }, 5)).toEqual({
      custodial_sentence: 3,
      youth_caution: 2,
    });
  });

  it('takes every case of a short side and fills from the other', () => {
    const result = allocateStrata(eligible({ referral_order: 4, community_resolution: 100 }), {
      size: 20,
      courtShare: 0.6,
      custodyMinimum: 5,
    });
    const [court, oocd] = [result[0], result[4]];
    expect(court).toMatchObject({ stratum: 'referral_order', quota: 4 });
    expect(court?.basis).toContain('the court side has too few eligible cases for its share');
    expect(oocd).toMatchObject({ stratum: 'community_resolution', quota: 16 });
    expect(oocd?.basis).toContain('the out-of-court side fills places the court side could not');
  });
});
