import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.ts';
import type { LongListCase } from './long-list-row-schema.ts';
import type { DisposalType } from './disposal-types.ts';

function longListCase(caseId: string, disposalType: DisposalType, disposalStart: string): LongListCase {
  return {
    caseId,
    disposalType,
    disposalStart,
    caseManager: 'CM01',
    gender: 'Male',
    ethnicity: 'White',
    safetyWellbeing: 'medium',
    riskOfSeriousHarm: 'medium',
  };
}

describe('checkEligibility (004 ¶3.16)', () => {
  const windows = { windowMonths: 3, custodyWindowMonths: 12 };
  const inspectionDate = '2025-06-30';

  it('takes cases from three months before the inspection, custody from twelve, up to the inspection date', () => {
    const { eligible, ineligible } = checkEligibility(
      [
        longListCase('first-day', 'referral_order', '2025-03-30'),
        longListCase('inspection-day', 'youth_caution', '2025-06-30'),
        longListCase('too-early', 'referral_order', '2025-03-29'),
        longListCase('after', 'community_resolution', '2025-07-01'),
        longListCase('custody-year', 'custodial_sentence', '2024-06-30'),
        longListCase('custody-too-early', 'custodial_sentence', '2024-06-29'),
      ],
      inspectionDate,
      windows,
    );
    expect(eligible.map(({ caseId }) => caseId)).toEqual(['first-day', 'inspection-day', 'custody-year']);
    expect(ineligible).toEqual([
      {
        caseId: 'too-early',
        reason: 'disposal started before 2025-03-30, more than 3 months before the inspection',
      },
      { caseId: 'after', reason: 'disposal starts after the inspection date' },
      {
        caseId: 'custody-too-early',
        reason: 'custodial sentence started before 2024-06-30, more than 12 months before the inspection',
      },
    ]);
  });
});
