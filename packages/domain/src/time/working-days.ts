// Working days, as yji counts them wherever a deadline is given in working days (the factual accuracy check,
// a QA review's reminder and escalation). Decision (docs/domain.md): a working day is Monday to Friday; public
// holidays are not known to yji. The count starts the day after the UK day of the moment counted from, and the
// deadline is the end of the last working day on UK clocks, as a case's due date is (inspection/schedule.ts).
import { endOfUkDay, ukDay } from './uk-time.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day's midnight as a UTC instant: the date arithmetic below stays clear of clock changes. */
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

const isWorkingDay = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;

/** The end (UK time) of the `workingDays`-th working day after the UK day of `from`; at least one. */
export function endOfWorkingDaysAfter(from: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('a count of working days is a whole number, at least one');
  const day = calendarDay(ukDay(from));
  for (let counted = 0; counted < workingDays;) {
    day.setTime(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) counted += 1;
  }
  return endOfUkDay(day.toISOString().slice(0, 10));
}
