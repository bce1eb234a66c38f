// Filters the templates use to show dates, times and codes the way GOV.UK pages do.
import nunjucks, { type Environment } from 'nunjucks';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "7 December 2026" from an ISO date or date-time. */
export const govukDate = (iso: string | null | undefined) => (iso ? DATE.format(new Date(iso)) : '');

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'UTC',
});

/** "7 December 2026 at 2:05pm" (UTC): for what waits in hours, such as an alert or the QA queue. */
export const govukDateTime = (iso: string | null | undefined) =>
  iso ? `${govukDate(iso)} at ${TIME.format(new Date(iso)).replace(' ', '').toLowerCase()}` : '';

/** "set-up" → "Set up", "local-assessor" → "Local assessor", "very_high" → "Very high". */
export const humanise = (code: string | null | undefined) => {
  const words = (code ?? '').replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * nunjucks' own trim (/^\s*|\s*$/g) takes time in the square of a run of white space inside the text, and
 * govuk-frontend's macros trim every label, legend and hint: on the case form of the largest framework it was
 * a third of the page's render. The same result, in linear time; markup marked safe stays so.
 */
export const trim = (value: unknown) => {
  const trimmed = String(value ?? '').trim();
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
};

export function configureNunjucks(env: Environment) {
  env.addFilter('trim', trim);
  env.addFilter('govukDate', govukDate);
  env.addFilter('humanise', humanise);
  env.addFilter('govukDateTime', govukDateTime);
}
