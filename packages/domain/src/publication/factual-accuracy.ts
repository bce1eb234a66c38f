// The factual accuracy check's deadline (issue 11, The factual accuracy check: "default ten working days,
// set per inspection"). Decision (docs/domain.md): working days as time/working-days.ts counts them — Monday
// to Friday; public holidays are not known to yji, so a lead inspector whose window spans one sets a later
// deadline for the inspection. The count starts the day after the draft is sent, in UK time, and the deadline
// is the end of the last working day on UK clocks.
import { endOfWorkingDaysAfter } from '../time/working-days.ts';

export const FACTUAL_ACCURACY_WORKING_DAYS = 10;

/** The end (UK time) of the `workingDays`-th working day after the UK day of `sentAt`. */
export function factualAccuracyDeadline(
  sentAt: Date,
  workingDays: number = FACTUAL_ACCURACY_WORKING_DAYS,
): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError('the factual accuracy check lasts at least one working day');
  return endOfWorkingDaysAfter(sentAt, workingDays);
}
