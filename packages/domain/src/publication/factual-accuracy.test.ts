import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factualAccuracyDeadline, FACTUAL_ACCURACY_WORKING_DAYS } from './factual-accuracy.ts';

describe('factualAccuracyDeadline', () => {
  it('gives ten working days by default: sent on a Monday, due at the end of the Monday a fortnight on', () => {
    expect(FACTUAL_ACCURACY_WORKING_DAYS).toBe(10);
    expect(factualAccuracyDeadline(new Date('2026-11-02T15:30:00Z')).toISOString()).toBe(
      '2026-11-16T23:59:59.000Z',
    );
  });

  it('skips the weekend, counting from the day after the draft is sent', () => {
    // Sent on a Friday: one working day is the Monday; sent on a Saturday, too.
    expect(factualAccuracyDeadline(new Date('2026-11-06T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-09T23:59:59.000Z',
    );
    expect(factualAccuracyDeadline(new Date('2026-11-07T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-09T23:59:59.000Z',
    );
    expect(factualAccuracyDeadline(new Date('2026-11-05T09:00:00Z'), 2).toISOString()).toBe(
      '2026-11-09T23:59:59.000Z',
    );
  });

  it('refuses a check of no working day', () => {
    expect(() => factualAccuracyDeadline(new Date(), 0)).toThrow(RangeError);
  });

  it('always ends on a working day, after the day sent, with exactly the working days asked between', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (sentAt, days) => {
          const deadline = factualAccuracyDeadline(sentAt, days);
          expect([0, 6]).not.toContain(deadline.getUTCDay());
          expect(deadline.getTime()).toBeGreaterThan(sentAt.getTime());
          let working = 0;
          const day = new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate()));
          while (day.getTime() + 86_400_000 <= deadline.getTime()) {
            day.setUTCDate(day.getUTCDate() + 1);
            if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) working += 1;
          }
          expect(working).toBe(days);
        },
      ),
    );
  });
});
