// A time the lead inspector asks the publication to act at (the factual check's deadline, the publication's
// time) must still be ahead: one already past is the request's mistake (400), naming its field.
import { problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';

/** A time the request asked for that cannot be taken: 400 naming `field`, never the time sent. */
export const timeRefused = (field: string, message: string) =>
  new HttpError(problem('invalid-request', { issues: [{ field, message }] }));

export function refuseIfPast(at: Date, field: string): void {
  if (at.getTime() <= Date.now()) throw timeRefused(field, 'must be in the future');
}
