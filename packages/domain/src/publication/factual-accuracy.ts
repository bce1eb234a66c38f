// The factual accuracy check's deadline (issue 11, The factual accuracy check: "default ten working days,
// set per inspection"). Decision (docs/domain.md): a working day is Monday to Friday; public holidays are not
// known to yji, so a lead inspector whose window spans one sets a later deadline for the inspection. The
// count starts the day after the draft is sent, and the deadline is the end of the last working day (UTC),
// as a case's due date is (inspection/schedule.ts).

export const FACTUAL_ACCURACY_WORKING_DAYS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

const isWorkingDay = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;

/** The end (UTC) of the `workingDays`-th working day after the day of `sentAt`. */
export function factualAccuracyDeadline(
  sentAt: Date,
  workingDays: number = FACTUAL_ACCURACY_WORKING_DAYS,
): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('the factual accuracy check lasts at least one working day');
  const day = new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate()));
  for (let counted = 0; counted < workingDays;) {
    day.setTime(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) counted += 1;
  }
  return new Date(day.getTime() + DAY_MS - 1000);
}
