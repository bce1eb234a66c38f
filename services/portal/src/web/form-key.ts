// A form's Idempotency-Key: made when the form is first shown, sent with it, and kept when the form is shown
// again, so a form sent twice (a double click, a retry after an answer that never came) is taken once.
import { randomUUID } from 'node:crypto';
import { IdempotencyKeyHeaders, IDEMPOTENCY_KEY_HEADER } from '@yji/contracts';

/** A new key, for a form shown afresh (or one whose key was used for other answers). */
export const newFormKey = (): string => randomUUID();

/** The key a form sent, when it carries one (a form rendered before keys were added does not). */
export const formKeyOf = (value: unknown): string | undefined =>
  IdempotencyKeyHeaders.safeParse({ [IDEMPOTENCY_KEY_HEADER]: value }).data?.[IDEMPOTENCY_KEY_HEADER];
