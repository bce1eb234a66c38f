import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ukDay, ukWallClock } from '../time/uk-time.ts';
import { factualAccuracyDeadline, FACTUAL_ACCURACY_WORKING_DAYS } from './factual-accuracy.ts';

describe('factualAccuracyDeadline', () => {
  it('gives ten working days by default: sent on a Monday, due at the end of the Monday a fortnight on', () => {
    expect(FACTUAL_ACCURACY_WORKING_DAYS).toBe(10);
    expect(factualAccuracyDeadline(new Date('2026-11-02T15:30:00Z')).toISOString()).toBe(
      '2026-11-16T23:59:59.000Z',
    );
  });

  it.each([
    // Sent on a Friday: one working day is the Monday; sent on a Saturday, too; two from a Thursday.
    ['2026-11-06T09:00:00Z', 1, '2026-11-09T23:59:59.000Z'],
    ['2026-11-07T09:00:00Z', 1, '2026-11-09T23:59:59.000Z'],
    ['2026-11-05T09:00:00Z', 2, '2026-11-09T23:59:59.000Z'],
    // UK days: 23:30 UTC on Thursday 1 July 2027 is 00:30 BST on the Friday, so one working day is the
    // Monday, and a day ends at 23:59:59 BST; 22:30 UTC is still the Thursday.
    ['2027-07-01T23:30:00Z', 1, '2027-07-05T22:59:59.000Z'],
    ['2027-07-01T22:30:00Z', 1, '2027-07-02T22:59:59.000Z'],
  ])('counts working days from the UK day after the draft is sent: %s, %i → %s', (sentAt, days, deadline) => {
    expect(factualAccuracyDeadline(new Date(sentAt), days).toISOString()).toBe(deadline);
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
          const { day: lastDay, time } = ukWallClock(deadline);
          expect(time).toBe('23:59:59');
          const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
          expect([0, 6]).not.toContain(weekday(lastDay));
          expect(deadline.getTime()).toBeGreaterThan(sentAt.getTime());
          let working = 0;
          const day = new Date(`${ukDay(sentAt)}T00:00:00Z`);
          while (day.toISOString().slice(0, 10) < lastDay) {
            day.setUTCDate(day.getUTCDate() + 1);
            if (![0, 6].includes(day.getUTCDay())) working += 1;
          }
          expect(working).toBe(days);
        },
      ),
    );
  });
});
