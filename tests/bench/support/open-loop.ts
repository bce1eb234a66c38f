// An open-loop load generator: request i is due at start + i / rate whatever happened to the ones before,
// and its latency is measured from that due time, not from when it was actually sent. A closed-loop tool
// (send, wait, send) slows down with the server and so hides queueing; this one charges it to the server.
import { latencyFigures, type LatencyFigures, type Outcome, type Outcomes, outcomes } from './outcomes.ts';

export interface LoadResult extends LatencyFigures {
  rate: number;
  seconds: number;
  /** Requests due in the run: sent, plus those the sender skipped. */
  due: number;
  /** Requests actually sent. */
  sent: number;
  ok: number;
  /** Requests sent that did not succeed, of every kind. */
  errors: number;
  /** Each failure by kind (`HTTP 409 stale-version`, `network ECONNRESET`, …), never a value from the body. */
  errorsByKind: Record<string, number>;
  /** Requests the sender did not send, and why (the save bench with every task's save in flight). */
  skipped: Record<string, number>;
  /** CPU of this process (services, worker and generator alike) per request sent, in ms. */
  cpuMsPerRequest: number;
}

/** Sends `send(i)` at `rate` per second for `seconds`; a send answers its outcome (outcomes.ts). */
export async function openLoop(
  send: (i: number) => Promise<Outcome>,
  { rate, seconds }: { rate: number; seconds: number },
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const tally: Outcomes = outcomes();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(tally.record(() => send(i), due));
  }
  await Promise.all(inFlight);
  const cpu = process.cpuUsage(cpuBefore);
  const sent = total - tally.skippedCount();
  return {
    rate,
    seconds,
    due: total,
    sent,
    ok: tally.ok(),
    errors: sent - tally.ok(),
    errorsByKind: tally.errorsByKind(),
    skipped: tally.skipped(),
    ...latencyFigures(tally.latencies()),
    cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, sent)) * 100) / 100,
  };
}
