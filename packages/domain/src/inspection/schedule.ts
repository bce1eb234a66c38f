// An inspection's dates and what follows from them: the date the sample's windows count back from, when a
// case assessment is due, and how long before that its assessor is reminded (docs/domain.md §4, §6).
// Dates are ISO calendar dates (YYYY-MM-DD), days in UK time; moments are ISO date-times in UTC.
import { endOfUkDay } from '../time/uk-time.ts';
import { DEFAULT_REMINDER_DAYS_BEFORE } from './setting-defaults.ts';

export interface InspectionSchedule {
  fieldworkStart: string;
  /** Null for an inspection recorded before it had an end date. */
  fieldworkEnd: string | null;
  /** The day case assessments are due; null for an inspection recorded before it had one. */
  assessmentsDue: string | null;
  /** Null for an inspection recorded before it had one: the default applies. */
  reminderDaysBefore: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 004 ¶3.16 counts the sample's windows back from "the inspection"; decision: the inspection's date is the
 * first day of its fieldwork.
 */
export function inspectionDate(schedule: Pick<InspectionSchedule, 'fieldworkStart'>): string {
  return schedule.fieldworkStart;
}

/**
 * Decision: a case is due at the end (UK time, time/uk-time.ts) of the inspection's assessments-due date;
 * without one, at the end of the fieldwork's last day (its first, for an inspection recorded without an end).
 * Every assignment, automatic, by hand or a reassignment, takes this due date unless the lead inspector names
 * another.
 */
export function caseDueAt(schedule: Omit<InspectionSchedule, 'reminderDaysBefore'>): string {
  const day = schedule.assessmentsDue ?? schedule.fieldworkEnd ?? schedule.fieldworkStart;
  return endOfUkDay(day).toISOString();
}

export { DEFAULT_REMINDER_DAYS_BEFORE };

/** How long before a case's due date its assessor is reminded. */
export function reminderLeadMs(schedule: Pick<InspectionSchedule, 'reminderDaysBefore'>): number {
  return (schedule.reminderDaysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE) * DAY_MS;
}
