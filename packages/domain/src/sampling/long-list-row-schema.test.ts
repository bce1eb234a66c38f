import { describe, expect, it } from 'vitest';
import { LONG_LIST_COLUMNS, longListRowSchema, toLongListCase } from './long-list-row-schema.ts';

describe('long list rows', () => {
  it('maps every column to its case property, in LONG_LIST_COLUMNS order', () => {
    const row = longListRowSchema.parse({
      case_id: 'C1',
      disposal_type: 'youth_caution',
      disposal_start: '2025-05-01',
      case_manager: 'CM1',
      gender: 'Female',
      ethnicity: 'White',
      safety_wellbeing: 'low',
      risk_of_serious_harm: 'high',
    });
    expect(toLongListCase(row)).toEqual({
      caseId: 'C1',
      disposalType: 'youth_caution',
      disposalStart: '2025-05-01',
      caseManager: 'CM1',
      gender: 'Female',
      ethnicity: 'White',
      safetyWellbeing: 'low',
      riskOfSeriousHarm: 'high',
    });
    expect(Object.keys(longListRowSchema.shape)).toEqual([...LONG_LIST_COLUMNS]);
  });
});
