// The defaults of an inspection's settings, alone in a module with no imports: the contracts (which the
// workflow bundle includes) take them from here without loading the rest of the domain's rules and data.

/** 004 ¶3.33: 60% court, 40% out-of-court; the consultation asks how to reflect real caseloads. */
export const DEFAULT_COURT_SHARE = 0.6;

/** Decision: assessors are reminded three days before a case is due unless the inspection says otherwise. */
export const DEFAULT_REMINDER_DAYS_BEFORE = 3;
