// How long an inspection's case-level personal data is kept after its report is published (issue 11,
// "Retention of children's data": "after publication plus a retention period, per deployment"). The law asks
// that personal data be kept no longer than needed (UK GDPR Art. 5(1)(e), storage limitation); the period
// itself is the deployment's to set, so it is configuration, read by this rule.

const DAY_MS = 86_400_000;
const UNIT_MS = { W: 7 * DAY_MS, D: DAY_MS, H: 3_600_000, M: 60_000, S: 1000 } as const;

/**
 * An ISO-8601 duration of weeks, days, hours, minutes and seconds (`P90D`, `P12W`, `PT30S`, `P1DT12H`), or a
 * whole number of days (`90`), in milliseconds. Decision: years and months are refused — their length
 * varies, and a retention period should mean the same number of days wherever it is read.
 */
export function parseRetentionPeriod(text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return positive(Number(trimmed) * DAY_MS, text);
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(trimmed);
  if (!match || trimmed.endsWith('T'))
    throw new Error(
      'must be an ISO-8601 duration in weeks, days, hours, minutes or seconds, or a number of days',
    );
  const [, weeks, days, hours, minutes, seconds] = match;
  const ms =
    Number(weeks ?? 0) * UNIT_MS.W +
    Number(days ?? 0) * UNIT_MS.D +
    Number(hours ?? 0) * UNIT_MS.H +
    Number(minutes ?? 0) * UNIT_MS.M +
    Math.round(Number(seconds ?? 0) * UNIT_MS.S);
  return positive(ms, text);
}

function positive(ms: number, text: string): number {
  if (!(ms > 0) || !Number.isSafeInteger(ms))
    throw new Error(`must be longer than nothing (${text.length} characters given)`);
  return ms;
}

/** When a report published at `publishedAt` has kept its case-level personal data for `periodMs`. */
export const retentionEnds = (publishedAt: Date, periodMs: number): Date =>
  new Date(publishedAt.getTime() + periodMs);
