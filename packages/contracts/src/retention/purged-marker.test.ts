// Telling a purged JSON column of case data from a kept one, which every read of a task or an alert does.
import { describe, expect, it } from 'vitest';
import { purgedAtOf } from './commands.ts';

const PURGED_AT = '2027-03-01T02:00:00.000Z';

describe('purgedAtOf', () => {
  it('answers when a purged column was purged, whatever else the purge kept', () => {
    expect(purgedAtOf({ purgedAt: PURGED_AT })).toBe(PURGED_AT);
    expect(purgedAtOf({ purgedAt: PURGED_AT, disposalType: 'youth_caution' })).toBe(PURGED_AT);
  });

  it('answers null for kept data and for a column with nothing in it', () => {
    expect(purgedAtOf({ disposalType: 'youth_caution', ageAtDisposal: 15 })).toBeNull();
    expect(purgedAtOf({})).toBeNull();
    expect(purgedAtOf(null)).toBeNull();
    expect(purgedAtOf([])).toBeNull();
    expect(purgedAtOf('purgedAt')).toBeNull();
  });

  it('refuses a marker whose time is not one, rather than reading the column as kept', () => {
    expect(() => purgedAtOf({ purgedAt: 'yesterday' })).toThrow();
    expect(() => purgedAtOf({ purgedAt: null })).toThrow();
  });
});
