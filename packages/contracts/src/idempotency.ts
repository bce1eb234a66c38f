// The Idempotency-Key request header (the IETF httpapi draft's name): a key the client chooses for one
// request, a UUID, sent again with every retry of that request so the service takes it once.
import { z } from 'zod';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/**
 * A route's headers with an optional Idempotency-Key; every other header passes as it is (the schema's
 * output replaces the request's headers).
 */
export const IdempotencyKeyHeaders = z.looseObject({
  [IDEMPOTENCY_KEY_HEADER]: z
    .uuid('an Idempotency-Key is a UUID, such as one from crypto.randomUUID()')
    .toLowerCase()
    .optional(),
});
export type IdempotencyKeyHeaders = z.output<typeof IdempotencyKeyHeaders>;
