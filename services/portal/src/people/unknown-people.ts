// What a form says when it names people by email addresses nobody has signed in with: beside that field, and
// among the form's other errors in the page's order, so that every error shows at once (GOV.UK's pattern).
import type { FieldError } from '../web/form-errors.ts';

/** What a form says when it named `count` people by addresses nobody has signed in with. */
export const notSignedIn = (count: number) =>
  count === 1
    ? 'No one has signed in to Youth justice inspections with this email address: check it, or ask them to ' +
      'sign in once and try again'
    : `No one has signed in to Youth justice inspections with ${count} of these email addresses: check them, ` +
      'or ask those people to sign in once and try again';

/**
 * `errors`, with `field`'s own saying its addresses are unknown when some of them are, in the order `fields`
 * names the form's fields (the page's order; a field it does not name comes last).
 */
export function withUnknownPeople(
  errors: readonly FieldError[],
  { field, unknown }: { field: string; unknown: readonly string[] },
  fields: Readonly<Record<string, FieldError>>,
): FieldError[] {
  if (unknown.length === 0) return [...errors];
  const order = Object.values(fields).map((each) => each.field);
  const place = (error: FieldError) => {
    const at = order.indexOf(error.field);
    return at === -1 ? order.length : at;
  };
  return [
    ...errors.filter((error) => error.field !== field),
    { field, text: notSignedIn(unknown.length) },
  ].sort((one, other) => place(one) - place(other));
}
