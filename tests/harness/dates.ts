// Times relative to now, for tests whose dates must lie ahead (a fieldwork start the rules accept) or whose
// deadlines and publication times they wait out; and dates counted from one of them, so that a test's
// expectations follow the dates it chose rather than a calendar that the real clock overtakes.

const DAY_MS = 86_400_000;

/** The date `days` after `isoDate` (YYYY-MM-DD; before it for negative days), as YYYY-MM-DD. */
export const daysAfter = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The date `days` from today (UTC), as YYYY-MM-DD. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A fieldwork start sixty days ahead: far enough that every date a test derives from it (the assessments'
 * deadline, a report's factual check and publication) lies ahead of now as the rules require.
 */
export const FIELDWORK_START_AHEAD = daysFromNow(60);

/** The instant `seconds` from now, as an ISO 8601 timestamp. */
export const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
