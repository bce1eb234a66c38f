// An inspection's dates in order (docs/domain.md, decisions): its fieldwork ends on or after the day it
// starts, and its case assessments are due on or after that day too — a case due earlier would be overdue from
// the start — though they may be due after the fieldwork ends (time to write up). Alone in a module with no
// imports: the contracts (which the workflow bundle includes) check a new inspection's dates with it.

export interface InspectionDates {
  /** ISO calendar dates, YYYY-MM-DD: they compare in order as strings. */
  fieldworkStart: string;
  fieldworkEnd: string;
  assessmentsDue: string;
}

/** The dates that come before the fieldwork starts; none when the dates are in order. */
export function datesBeforeFieldwork(dates: InspectionDates): ('fieldworkEnd' | 'assessmentsDue')[] {
  return (['fieldworkEnd', 'assessmentsDue'] as const).filter((name) => dates[name] < dates.fieldworkStart);
}
