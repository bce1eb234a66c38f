// How a durable consumer treats an event whose handler fails: delivered again after a wait that doubles with
// each delivery (bounded), and parked after a limit of deliveries instead of redelivered for ever (README:
// Operations, Events). The consumer counts the deliveries itself (the message's delivery count), not the
// server's max_deliver: a server past its max_deliver drops a message and tells no one who could park it,
// and would drop at once a message an earlier release had already delivered more often than the limit.

export interface RedeliveryPolicy {
  /** Deliveries an event gets; a failure at the last one parks it. */
  maxDeliveries: number;
  /** The wait after the first failed delivery, doubled after each further one up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** 20 deliveries over about an hour: 2 s, 4 s, … 256 s, then 5 min between each (as the outbox relay's rows). */
export const REDELIVERY: RedeliveryPolicy = { maxDeliveries: 20, backoffMs: 2_000, maxBackoffMs: 5 * 60_000 };

/** The wait before the delivery after `deliveries` failed ones. */
export function redeliveryDelayMs(policy: RedeliveryPolicy, deliveries: number): number {
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.max(0, deliveries - 1));
}
