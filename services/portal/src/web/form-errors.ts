// GOV.UK's error pattern: a summary at the top linking to each field, and the same words beside the field.
// Messages are ours, per field, in the GOV.UK style ("Enter …", "Choose …"); never the value sent.
import type { z } from 'zod';
import { refusalText, type OwnWords, type Refusal } from './refusal-words.ts';

export interface FieldError {
  /** The id of the field's input, which the summary links to. */
  field: string;
  text: string;
  /** A text field's message for text longer than its limit, given instead of `text` (see `tooLong`). */
  tooLong?: string;
}

/**
 * A service's refusal as the error of `field` — the field it is about, or the form's main control when it is
 * about no field — in the words refusal-words.ts gives its code (a page's `own` words first), never the
 * service's message; a failure on the services' side (5xx, `status` when the caller has it) is "try again".
 */
export function refusalOn(field: string, refusal: Refusal, own?: OwnWords, status?: number): FieldError {
  return { field, text: refusalText(refusal, own, status) };
}

/**
 * The most characters a contract's text field takes (its `.max`), for a character count's `maxlength` and
 * its message: read from the schema, so the page and the service keep one limit.
 */
export function maxLengthOf(schema: z.ZodString): number {
  const max = schema.maxLength;
  if (max === null) throw new Error('the text field has no maximum length');
  return max;
}

/** GOV.UK's message for text over a character count's limit: "Reason must be 1,000 characters or fewer". */
export const tooLong = (what: string, schema: z.ZodString) =>
  `${what} must be ${maxLengthOf(schema).toLocaleString('en-GB')} characters or fewer`;

/** What a form template takes: the summary's list and each field's message by id. */
export function formErrors(errors: readonly FieldError[]) {
  return {
    errors: errors.map(({ field, text }) => ({ text, href: `#${field}` })),
    fieldErrors: Object.fromEntries(errors.map(({ field, text }) => [field, { text }])),
  };
}

/**
 * Each schema path's field and message, for `issuesAsErrors`: a message alone is for the field the path's
 * last part names ("frameworks.standards" → "standards"); a field named otherwise is given with its message.
 */
export function fieldsByPath(
  messages: Readonly<Record<string, string | FieldError>>,
): Readonly<Record<string, FieldError>> {
  return Object.fromEntries(
    Object.entries(messages).map(([path, message]) => [
      path,
      typeof message === 'string' ? { field: path.split('.').at(-1)!, text: message } : message,
    ]),
  );
}

/**
 * A schema's issues as field errors: `fields` maps an issue's path ("yjs.name") to the form field and the
 * message that field shows, in the order the fields are on the page, which is the summary's order (GOV.UK:
 * errors listed in the order the fields appear, not the schema's); the first issue of a field wins. Text
 * longer than the field's limit (a `too_big` issue) has the field's `tooLong` message when it has one.
 */
export function issuesAsErrors(
  issues: readonly z.core.$ZodIssue[] | readonly { field: string }[],
  fields: Readonly<Record<string, FieldError>>,
): FieldError[] {
  const inPageOrder = Object.entries(fields);
  const found = new Map<string, { error: FieldError; place: number }>();
  for (const issue of issues) {
    const path = 'path' in issue ? issue.path.join('.') : issue.field.replace(/^body\./, '');
    const place = inPageOrder.findIndex(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
    // An issue no field answers for goes last, as a message about the whole form: its link is to the page's
    // main content (the GOV.UK template's id), there being no one field to go to.
    const [{ tooLong, ...error }, at] =
      place < 0
        ? [{ field: 'main-content', text: 'Check what you entered' }, inPageOrder.length]
        : [inPageOrder[place]![1], place];
    const text = tooLong && 'code' in issue && issue.code === 'too_big' ? tooLong : error.text;
    if (!found.has(error.field)) found.set(error.field, { error: { ...error, text }, place: at });
  }
  return [...found.values()].sort((a, b) => a.place - b.place).map(({ error }) => error);
}

/** A GOV.UK date input's three fields as an ISO date, or '' when incomplete (the schema then refuses it). */
export function isoDateFrom(body: Record<string, unknown>, name: string): string {
  const [day, month, year] = ['day', 'month', 'year'].map((part) =>
    String(body[`${name}-${part}`] ?? '').trim(),
  );
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) return '';
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** The form's fields as strings (a repeated field: its values joined), for re-rendering what was entered. */
export function formValues(body: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value ?? '')]),
  );
}

/**
 * A form's values without the version it was based on: shown again after a save that met a newer one, the
 * form takes the version the page now shows (`shownVersion`), so the next save is based on what was seen.
 */
export function withoutVersion(values: Record<string, string>): Record<string, string> {
  const { version: _based, ...rest } = values;
  return rest;
}
