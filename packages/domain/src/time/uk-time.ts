// The inspectorate's clock. HM Inspectorate of Probation works in England and Wales, where clocks show UK
// time: GMT in winter, BST (an hour ahead of UTC) from the last Sunday of March to the last Sunday of
// October. Decision (docs/domain.md): every day yji counts (a case's due date, the factual accuracy check's
// working days, the date a report is published) is a day in UK time, and every time a person enters or reads
// is UK time; moments are stored and sent as UTC instants, calendar dates as YYYY-MM-DD.
import { isIsoDate } from '../sampling/calendar-date.ts';

/** The IANA zone of England and Wales. */
export const UK_TIME_ZONE = 'Europe/London';

const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A moment as UK clocks show it: its day (YYYY-MM-DD) and time (HH:MM:SS, 24-hour). */
export interface UkWallClock {
  day: string;
  time: string;
}

/** What a UK clock shows at `instant`. */
export function ukWallClock(instant: Date): UkWallClock {
  const part = Object.fromEntries(WALL_CLOCK.formatToParts(instant).map(({ type, value }) => [type, value]));
  return {
    day: `${part.year}-${part.month}-${part.day}`,
    time: `${part.hour}:${part.minute}:${part.second}`,
  };
}

/** The UK calendar day `instant` falls on, YYYY-MM-DD. */
export const ukDay = (instant: Date): string => ukWallClock(instant).day;

/** A wall-clock reading's milliseconds as if it were UTC; `time` is HH:MM or HH:MM:SS. */
const asIfUtc = (day: string, time: string) =>
  Date.parse(`${day}T${time.length === 5 ? `${time}:00` : time}Z`);

/** How far UK clocks are ahead of UTC at `ms`. */
const offsetAt = (ms: number) => {
  const { day, time } = ukWallClock(new Date(ms));
  return asIfUtc(day, time) - Math.floor(ms / 1000) * 1000;
};

const HALF_DAY_MS = 12 * 3_600_000;

/**
 * The moment UK clocks show `time` (HH:MM or HH:MM:SS) on `day`. Decision: a time the clocks skip (01:00 to
 * 01:59 on the last Sunday of March) is read by the clock before the change, so 01:30 is 02:30 BST; a time
 * they show twice (01:00 to 01:59 on the last Sunday of October) is its first, in BST.
 */
export function ukInstant(day: string, time: string): Date {
  if (!isIsoDate(day) || !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(time))
    throw new RangeError('a day is YYYY-MM-DD and a time HH:MM or HH:MM:SS');
  const wall = asIfUtc(day, time);
  // Clocks change at most once in a day: the offset half a day either side bounds every reading of `wall`.
  const offsets = [offsetAt(wall - HALF_DAY_MS), offsetAt(wall + HALF_DAY_MS)];
  const readings = offsets.map((offset) => wall - offset).filter((ms, i) => offsetAt(ms) === offsets[i]);
  return new Date(readings.length ? Math.min(...readings) : wall - offsets[0]!);
}

/** The last second of `day` (YYYY-MM-DD) in the UK: the moment a thing due that day becomes late. */
export const endOfUkDay = (day: string): Date => ukInstant(day, '23:59:59');

const DATE_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: UK_TIME_ZONE,
});

const TIME_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: UK_TIME_ZONE,
});

/** "2 March 2027": a moment's UK day, or a calendar date (YYYY-MM-DD), as GOV.UK pages write dates. */
export const ukDateInWords = (iso: string): string => DATE_IN_WORDS.format(new Date(iso));

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: UK_TIME_ZONE });

/**
 * "Thursday 3 December 2026": `ukDateInWords` with its day of the week, as GOV.UK pages write a deadline's
 * day (without the comma en-GB's Intl puts after the weekday).
 */
export const ukWeekdayDateInWords = (iso: string): string =>
  `${WEEKDAY.format(new Date(iso))} ${ukDateInWords(iso)}`;

// GOV.UK's short months ("Sep", where en-GB's Intl writes "Sept").
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Mar 2027": `ukDateInWords` with the month shortened, as GOV.UK pages write dates where space is short. */
export function ukShortDateInWords(iso: string): string {
  const [year, month, day] = (isIsoDate(iso) ? iso : ukDay(new Date(iso))).split('-').map(Number);
  return `${day} ${SHORT_MONTHS[month! - 1]} ${year}`;
}

/** "9:30am", "midday", "midnight": a moment's UK time as GOV.UK pages write times. */
export function ukTimeInWords(iso: string): string {
  const time = TIME_IN_WORDS.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
  return time === '12:00pm' ? 'midday' : time === '12:00am' ? 'midnight' : time;
}
