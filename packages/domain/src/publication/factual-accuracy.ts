// The factual accuracy check's deadline (issue 11, The factual accuracy check: "default ten working days,
// set per inspection"). Decision (docs/domain.md): a working day is Monday to Friday; public holidays are not
// known to yji, so a lead inspector whose window spans one sets a later deadline for the inspection. The
// count starts the day after the draft is sent, in UK time, and the deadline is the end of the last working
// day on UK clocks, as a case's due date is (inspection/schedule.ts).
import { endOfUkDay, ukDay } from '../time/uk-time.ts';

export const FACTUAL_ACCURACY_WORKING_DAYS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day's midnight as a UTC instant: the date arithmetic below stays clear of clock changes. */
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

const isWorkingDay = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;

/** The end (UK time) of the `workingDays`-th working day after the UK day of `sentAt`. */
export function factualAccuracyDeadline(
  sentAt: Date,
  workingDays: number = FACTUAL_ACCURACY_WORKING_DAYS,
): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('the factual accuracy check lasts at least one working day');
  const day = calendarDay(ukDay(sentAt));
  for (let counted = 0; counted < workingDays;) {
    day.setTime(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) counted += 1;
  }
  return endOfUkDay(day.toISOString().slice(0, 10));
}
