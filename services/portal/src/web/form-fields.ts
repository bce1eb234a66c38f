// A posted form's fields as @fastify/formbody gives them: a field sent once is a string, one sent more than once
// (checkboxes, or a tampered form) a list, one not sent absent. The routes read them through these two only.

export type Form = Record<string, string | string[] | undefined>;

/** Every value sent for a field, in the order sent; none when it was not sent. */
export const allValues = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : [value].flat();

/** A field's first value, trimmed; '' when it was not sent. */
export const firstValue = (value: string | string[] | undefined): string =>
  (allValues(value)[0] ?? '').trim();
