import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    expect(caseDueAt(schedule)).toBe('2026-12-16T23:59:59Z');
    expect(caseDueAt({ ...schedule, assessmentsDue: null })).toBe('2026-12-18T23:59:59Z');
    expect(caseDueAt({ ...schedule, assessmentsDue: null, fieldworkEnd: null })).toBe('2026-12-07T23:59:59Z');
  });

  it('reminds the given number of days before, three when the inspection does not say', () => {
    expect(reminderLeadMs(schedule)).toBe(2 * DAY_MS);
    expect(reminderLeadMs({ reminderDaysBefore: 0 })).toBe(0);
    expect(reminderLeadMs({ reminderDaysBefore: null })).toBe(DEFAULT_REMINDER_DAYS_BEFORE * DAY_MS);
  });

  it('a due date is the last second of its day, after every moment of the day before', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const due = Date.parse(caseDueAt({ fieldworkStart: iso, fieldworkEnd: null, assessmentsDue: iso }));
        expect(due - Date.parse(`${iso}T00:00:00Z`)).toBe(DAY_MS - 1000);
      }),
    );
  });
});
