// Temporal out of reach, or refusing calls for its own load, is a busy service, not a failure of ours: the
// client has already retried the call (its gRPC retries, about 20 s) and the request may be sent again later.
// Answered 503 service-busy with Retry-After by the error handler, as a busy database is (issue 12).
// A call that outlived the deadline a route gave it (temporal-deadline.ts) is busy too, but the server may
// have taken it: only routes whose calls a repeat finds again set a deadline, so the answer says a repeat is
// safe.
import { isGrpcDeadlineError, ServiceError } from '@temporalio/client';

/** gRPC's codes for a server that cannot be reached (UNAVAILABLE) or sheds load (RESOURCE_EXHAUSTED). */
const GRPC_RESOURCE_EXHAUSTED = 8;
const GRPC_UNAVAILABLE = 14;
const BUSY_CODES: ReadonlySet<unknown> = new Set([GRPC_RESOURCE_EXHAUSTED, GRPC_UNAVAILABLE]);

/** Whether `error` is the Temporal client giving up on a call the server never took. */
export function isTemporalUnavailable(error: unknown): boolean {
  return (
    error instanceof ServiceError && BUSY_CODES.has((error.cause as { code?: unknown } | undefined)?.code)
  );
}

/** Whether `error` is a Temporal call that did not finish by its deadline (the server may have taken it). */
export const isTemporalDeadline = (error: unknown): boolean => isGrpcDeadlineError(error);
