import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ukWallClock } from '../time/uk-time.ts';
import { reviewDeadlineDelays, reviewDeadlinesSchema, REVIEW_WORKING_DAYS } from './review-deadlines.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const daysBetween = (from: string, to: string) =>
  (new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / DAY_MS;

describe('review deadlines (decision, review-deadlines.ts)', () => {
  it('takes working days unless fixed delays are set', () => {
    expect(REVIEW_WORKING_DAYS).toEqual({ remind: 2, escalate: 3 });
    expect(reviewDeadlinesSchema.parse({})).toEqual({});
  });

  it('takes both fixed delays or neither: one fixed beside a count of working days could fall after it', () => {
    for (const one of [{ remindAfterMs: 5_000 }, { escalateAfterMs: 5_000 }])
      expect(reviewDeadlinesSchema.safeParse(one).error?.issues.map(({ message }) => message)).toEqual([
        'set both delays, or neither',
      ]);
  });

  it('refuses a reminder that would come after the escalation, naming the field', () => {
    const parsed = reviewDeadlinesSchema.safeParse({ remindAfterMs: 5_000, escalateAfterMs: 4_000 });
    expect(parsed.error?.issues.map(({ path }) => path.join('.'))).toEqual(['remindAfterMs']);
  });

  it.each([
    // Claimed on a Monday: reminded at the end of Wednesday, the lead told at the end of Thursday (GMT).
    ['2026-11-02T10:00:00Z', '2026-11-04T23:59:59.000Z', '2026-11-05T23:59:59.000Z'],
    // Claimed on a Friday: the weekend does not count; reminded at the end of Tuesday, escalated Wednesday.
    ['2026-11-06T15:00:00Z', '2026-11-10T23:59:59.000Z', '2026-11-11T23:59:59.000Z'],
    // Claimed on a Thursday in BST: Monday and Tuesday, ending at 23:59:59 BST.
    ['2027-07-01T12:00:00Z', '2027-07-05T22:59:59.000Z', '2027-07-06T22:59:59.000Z'],
    // Claimed late on the Thursday before the clocks go forward: that weekend is an hour short, still Monday.
    ['2027-03-25T23:00:00Z', '2027-03-29T22:59:59.000Z', '2027-03-30T22:59:59.000Z'],
  ])('claimed %s: reminded by %s, escalated by %s', (claimed, remind, escalate) => {
    const claimedAt = new Date(claimed);
    const { remindAfterMs, escalateAfterMs } = reviewDeadlineDelays(claimedAt);
    expect(new Date(claimedAt.getTime() + remindAfterMs).toISOString()).toBe(remind);
    expect(new Date(claimedAt.getTime() + escalateAfterMs).toISOString()).toBe(escalate);
  });

  it('never lands on a weekend, never sooner than two and three whole days, and waits out a weekend', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (claimedAt) => {
          const { remindAfterMs, escalateAfterMs } = reviewDeadlineDelays(claimedAt);
          for (const delay of [remindAfterMs, escalateAfterMs]) {
            const { day, time } = ukWallClock(new Date(claimedAt.getTime() + delay));
            expect(time).toBe('23:59:59');
            expect([0, 6]).not.toContain(weekday(day));
          }
          expect(remindAfterMs).toBeGreaterThan(48 * HOUR_MS - 1_000);
          expect(escalateAfterMs).toBeGreaterThan(remindAfterMs);
          // A claim from Thursday on has a weekend inside its two working days: four UK days later then. Counted
          // in days, not hours: the weekend the clocks go forward is an hour short of four whole days.
          const claimDay = ukWallClock(claimedAt).day;
          const remindDay = ukWallClock(new Date(claimedAt.getTime() + remindAfterMs)).day;
          if ([4, 5].includes(weekday(claimDay))) expect(daysBetween(claimDay, remindDay)).toBe(4);
        },
      ),
    );
  });

  it('keeps fixed delays where they are set', () => {
    const claimedAt = new Date('2026-11-06T15:00:00Z');
    expect(reviewDeadlineDelays(claimedAt, { remindAfterMs: 500, escalateAfterMs: 3_000 })).toEqual({
      remindAfterMs: 500,
      escalateAfterMs: 3_000,
    });
  });
});
