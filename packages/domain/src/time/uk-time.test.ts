import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfUkDay,
  ukDateInWords,
  ukDay,
  ukInstant,
  ukShortDateInWords,
  ukTimeInWords,
  ukWallClock,
  ukWeekdayDateInWords,
} from './uk-time.ts';

const instants = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
const wholeSeconds = instants.map((date) => new Date(Math.floor(date.getTime() / 1000) * 1000));

describe('UK time', () => {
  it('reads GMT in winter and BST, an hour ahead of UTC, in summer', () => {
    expect(ukWallClock(new Date('2027-01-15T09:30:00Z'))).toEqual({ day: '2027-01-15', time: '09:30:00' });
    expect(ukWallClock(new Date('2027-07-15T09:30:00Z'))).toEqual({ day: '2027-07-15', time: '10:30:00' });
    expect(ukDay(new Date('2027-07-15T23:30:00Z'))).toBe('2027-07-16');
    expect(ukInstant('2027-07-15', '09:30').toISOString()).toBe('2027-07-15T08:30:00.000Z');
    expect(ukInstant('2027-01-15', '09:30').toISOString()).toBe('2027-01-15T09:30:00.000Z');
  });

  it('ends a day at its last second on UK clocks', () => {
    expect(endOfUkDay('2027-01-15').toISOString()).toBe('2027-01-15T23:59:59.000Z');
    expect(endOfUkDay('2027-07-15').toISOString()).toBe('2027-07-15T22:59:59.000Z');
  });

  it('reads a time the clocks skip by the clock before the change, and one they show twice as its first', () => {
    // 28 March 2027: 01:00 GMT becomes 02:00 BST. 31 October 2027: 02:00 BST becomes 01:00 GMT.
    expect(ukInstant('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(ukWallClock(ukInstant('2027-03-28', '01:30')).time).toBe('02:30:00');
    expect(ukInstant('2027-10-31', '01:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(ukInstant('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T02:30:00.000Z');
  });

  it('writes days and times as GOV.UK pages do, on UK clocks', () => {
    expect(ukDateInWords('2027-03-02')).toBe('2 March 2027');
    expect(ukDateInWords('2027-07-15')).toBe('15 July 2027');
    expect(ukDateInWords('2027-07-15T23:30:00Z')).toBe('16 July 2027');
    expect(ukWeekdayDateInWords('2026-12-03T23:59:59Z')).toBe('Thursday 3 December 2026');
    // The UK day's weekday: 23:30 UTC in summer is already Friday in London.
    expect(ukWeekdayDateInWords('2027-07-15T23:30:00Z')).toBe('Friday 16 July 2027');
    expect(ukShortDateInWords('2027-03-02')).toBe('2 Mar 2027');
    expect(ukShortDateInWords('2027-09-15T23:30:00Z')).toBe('16 Sep 2027');
    expect(ukShortDateInWords('2027-12-31T23:59:59Z')).toBe('31 Dec 2027');
    expect(ukTimeInWords('2027-07-15T08:30:00Z')).toBe('9:30am');
    expect(ukTimeInWords('2027-01-15T14:05:00Z')).toBe('2:05pm');
    expect(ukTimeInWords('2027-07-15T11:00:00Z')).toBe('midday');
    expect(ukTimeInWords('2027-01-15T00:00:00Z')).toBe('midnight');
    expect(ukTimeInWords('2027-01-15T00:30:00Z')).toBe('12:30am');
  });

  it('refuses what is not a day and a time', () => {
    expect(() => ukInstant('15/01/2027', '09:30')).toThrow(RangeError);
    expect(() => ukInstant('2027-01-15', '9.30')).toThrow(RangeError);
    expect(() => ukInstant('2027-02-31', '09:30')).toThrow(RangeError);
    expect(() => ukInstant('2027-01-15', '24:00')).toThrow(RangeError);
  });

  it('gives back the moment a UK clock read, at every moment but the hour it shows twice', () => {
    fc.assert(
      fc.property(wholeSeconds, (instant) => {
        const { day, time } = ukWallClock(instant);
        const back = ukInstant(day, time);
        // In the repeated hour the reading is taken as its first (BST), an hour before the GMT one.
        expect([0, 3_600_000]).toContain(instant.getTime() - back.getTime());
        expect(ukWallClock(back)).toEqual({ day, time });
      }),
    );
  });

  it("ends every day after each of its moments and before the next day's first", () => {
    fc.assert(
      fc.property(wholeSeconds, (instant) => {
        const end = endOfUkDay(ukDay(instant));
        expect(end.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(ukDay(end)).toBe(ukDay(instant));
        expect(ukWallClock(new Date(end.getTime() + 1000)).time).toBe('00:00:00');
      }),
    );
  });
});
