// An open-loop load generator: request i is due at start + i / rate whatever happened to the ones before,
// and its latency is measured from that due time, not from when it was actually sent. A closed-loop tool
// (send, wait, send) slows down with the server and so hides queueing; this one charges it to the server.
export interface LoadResult {
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU of this process (services, worker and generator alike) per request, in ms. */
  cpuMsPerRequest: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const round = (value: number) => Math.round(value * 100) / 100;

/** Sends `send()` at `rate` per second for `seconds`; a send answers whether the response was a success. */
export async function openLoop(
  send: (i: number) => Promise<boolean>,
  { rate, seconds }: { rate: number; seconds: number },
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(i).then(
        (success) => {
          latencies.push(performance.now() - due);
          if (success) ok += 1;
        },
        () => void latencies.push(performance.now() - due),
      ),
    );
  }
  await Promise.all(inFlight);
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    rate,
    seconds,
    sent: total,
    ok,
    errors: total - ok,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    cpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / total),
  };
}
