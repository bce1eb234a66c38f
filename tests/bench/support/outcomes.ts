// What became of each request a load generator sent, counted by kind, and the latencies of those sent:
// a figure of "errors" that does not say which (a 409, a 503, a dropped connection, a send the bench itself
// skipped) cannot be acted on. Kinds carry a status and the error catalogue's code, never a body's values.
import { PerformanceObserver } from 'node:perf_hooks';

/** A request's outcome: a success, a failure of some kind, or a send the sender skipped, and why. */
export type Outcome = 'ok' | { error: string } | { skipped: string };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
export const round = (value: number) => Math.round(value * 100) / 100;

/** p50, p99 and the slowest, in ms. */
function latencyFigures(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** An answer as the load generator's HTTP client (undici's `request`) gives it. */
export interface Answer {
  statusCode: number;
  body: { text(): Promise<string>; dump(): Promise<void> };
}

/** The outcome of an answered request: 200 is a success, anything else its status and error code. */
export async function outcomeOf({ statusCode, body }: Answer): Promise<Outcome> {
  if (statusCode === 200) {
    await body.dump();
    return 'ok';
  }
  const text = await body.text();
  let code: unknown;
  try {
    code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
  } catch {
    code = undefined;
  }
  return { error: `HTTP ${statusCode}${typeof code === 'string' ? ` ${code}` : ''}` };
}

/** A send that threw: the client's failure names its cause (ECONNRESET, UND_ERR_SOCKET, …). */
function thrownKind(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } }).cause;
  const name = cause?.code ?? cause?.name ?? (error as Error).name;
  return `network ${String(name)}`;
}

const count = (tally: Record<string, number>, kind: string) => {
  tally[kind] = (tally[kind] ?? 0) + 1;
};

type Outcomes = ReturnType<typeof outcomes>;

function outcomes() {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  let ok = 0;
  let skippedCount = 0;
  return {
    /** Runs one send and records its outcome; its latency counts from `from` (performance.now()). */
    async record(send: () => Promise<Outcome>, from: number): Promise<Outcome> {
      let outcome: Outcome;
      try {
        outcome = await send();
      } catch (error) {
        outcome = { error: thrownKind(error) };
      }
      if (typeof outcome === 'object' && 'skipped' in outcome) {
        skippedCount += 1;
        count(skipped, outcome.skipped);
        return outcome;
      }
      latencies.push(performance.now() - from);
      if (outcome === 'ok') ok += 1;
      else count(errors, outcome.error);
      return outcome;
    },
    latencies: () => latencies,
    ok: () => ok,
    errorsByKind: () => ({ ...errors }),
    skipped: () => ({ ...skipped }),
    skippedCount: () => skippedCount,
  };
}

/**
 * Runs `work` with a fresh tally (`work` answers how many sends it attempted) in the load generator's thread
 * and answers what it saw: the outcomes, the latencies and the thread's own collector pauses. The CPU of
 * either side is counted around it (load-generator.ts).
 */
export async function generatedRun(work: (tally: Outcomes) => Promise<number>) {
  const tally = outcomes();
  // The generator's collector pauses: while one runs no request is sent or timed, and the requests due
  // meanwhile count the pause in their latency — the generator's, not the server's.
  const gcPauses: number[] = [];
  const gc = new PerformanceObserver((list) =>
    gcPauses.push(...list.getEntries().map((entry) => entry.duration)),
  );
  gc.observe({ entryTypes: ['gc'] });
  const attempted = await work(tally);
  gc.disconnect();
  const sent = attempted - tally.skippedCount();
  return {
    /** Requests actually sent (skipped ones are not). */
    sent,
    ok: tally.ok(),
    /** Requests sent that did not succeed, of every kind. */
    errors: sent - tally.ok(),
    /** Each failure by kind (`HTTP 409 stale-version`, `network ECONNRESET`, …), never a value from a body. */
    errorsByKind: tally.errorsByKind(),
    /** Requests the sender did not send, and why (the save bench with every task's save in flight). */
    skipped: tally.skipped(),
    ...latencyFigures(tally.latencies()),
    /** The generator's collector pauses during the run: how many, the longest and their sum, in ms. */
    generatorGc: {
      pauses: gcPauses.length,
      maxMs: round(Math.max(0, ...gcPauses)),
      totalMs: round(gcPauses.reduce((sum, ms) => sum + ms, 0)),
    },
  };
}
