import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ukDay, ukWallClock } from '../time/uk-time.ts';
import { caseDueAt, DEFAULT_REMINDER_DAYS_BEFORE, inspectionDate, reminderLeadMs } from './schedule.ts';

const DAY_MS = 86_400_000;
const schedule = {
  fieldworkStart: '2026-12-07',
  fieldworkEnd: '2026-12-18',
  assessmentsDue: '2026-12-16',
  reminderDaysBefore: 2,
};

describe("an inspection's schedule", () => {
  it('counts the sample back from the first day of fieldwork', () => {
    expect(inspectionDate(schedule)).toBe('2026-12-07');
  });

  it('makes a case due at the end of the assessments-due day, else of the fieldwork', () => {
    expect(caseDueAt(schedule)).toBe('2026-12-16T23:59:59.000Z');
    expect(caseDueAt({ ...schedule, assessmentsDue: null })).toBe('2026-12-18T23:59:59.000Z');
    expect(caseDueAt({ ...schedule, assessmentsDue: null, fieldworkEnd: null })).toBe(
      '2026-12-07T23:59:59.000Z',
    );
  });

  it('ends the day on UK clocks: in summer, an hour before midnight UTC', () => {
    const summer = { fieldworkStart: '2027-06-07', fieldworkEnd: null, assessmentsDue: '2027-06-16' };
    expect(caseDueAt(summer)).toBe('2027-06-16T22:59:59.000Z');
  });

  it('reminds the given number of days before, three when the inspection does not say', () => {
    expect(reminderLeadMs(schedule)).toBe(2 * DAY_MS);
    expect(reminderLeadMs({ reminderDaysBefore: 0 })).toBe(0);
    expect(reminderLeadMs({ reminderDaysBefore: null })).toBe(DEFAULT_REMINDER_DAYS_BEFORE * DAY_MS);
  });

  it('a due date is the last second of its UK day', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const due = new Date(caseDueAt({ fieldworkStart: iso, fieldworkEnd: null, assessmentsDue: iso }));
        expect(ukWallClock(due)).toEqual({ day: iso, time: '23:59:59' });
        expect(ukDay(new Date(due.getTime() + 1000))).not.toBe(iso);
      }),
    );
  });
});
