// Saturation throughput (issue 12): how many requests a second the server answers when it is never left
// waiting. A closed loop of `clients` concurrent clients, each sending its next request the moment the
// previous one is answered, for `seconds`; the throughput is the successful answers over the time they took.
// A closed loop is the right tool here (unlike for latency, open-loop.ts): at saturation the question is
// the server's capacity, and a client that waits for its answer cannot overload it into measuring its
// own queue. Latency at saturation is mostly queueing behind the other clients and is reported for
// completeness only.
import { latencyFigures, outcomes, type LatencyFigures, type Outcome } from './outcomes.ts';

export interface SaturationResult extends LatencyFigures {
  clients: number;
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  errorsByKind: Record<string, number>;
  skipped: Record<string, number>;
  /** Successful answers per second. */
  throughput: number;
  cpuMsPerRequest: number;
}

export async function saturation(
  send: (i: number) => Promise<Outcome>,
  { clients, seconds }: { clients: number; seconds: number },
): Promise<SaturationResult> {
  const tally = outcomes();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  let next = 0;
  const client = async () => {
    while (performance.now() < end) {
      const outcome = await tally.record(() => send(next++), performance.now());
      // A skipped send answers at once: let the event loop (and the server in it) run before the next.
      if (typeof outcome === 'object' && 'skipped' in outcome) await new Promise(setImmediate);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsedSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const sent = next - tally.skippedCount();
  return {
    clients,
    seconds,
    sent,
    ok: tally.ok(),
    errors: sent - tally.ok(),
    errorsByKind: tally.errorsByKind(),
    skipped: tally.skipped(),
    throughput: Math.round(tally.ok() / elapsedSeconds),
    ...latencyFigures(tally.latencies()),
    cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, sent)) * 100) / 100,
  };
}
