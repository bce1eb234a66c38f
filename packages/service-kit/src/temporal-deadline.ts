// A route's call to Temporal waits a bounded time (issue 13): without a deadline a call over a connection
// that stalls waits for gRPC's keepalive (45 s), then for the client's retries. Past the deadline gRPC
// answers DEADLINE_EXCEEDED, which the error handler answers 503 service-busy, saying a repeat is safe: give
// a deadline only to calls a repeat finds again (a start by a workflow id from the Idempotency-Key, an
// Update by its id).
import type { Client } from '@temporalio/client';

/** `call`'s result, its Temporal calls each given up `ms` from now. */
export const withTemporalDeadline = <T>(temporal: Client, ms: number, call: () => Promise<T>): Promise<T> =>
  temporal.connection.withDeadline(Date.now() + ms, call);
