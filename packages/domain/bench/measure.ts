// Times a piece of work: warm-up runs first (so the JIT has compiled it), then several measured runs.

// Each memory reading starts from a settled heap: the bench script runs node with --expose-gc.
const collectGarbage =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error('run with node --expose-gc');
  });

export interface Measurement {
  name: string;
  iterations: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Processor time of the median run: less sensitive than wall time to other work on the machine. */
  medianCpuMs: number;
  /** Growth over one run, from a collected heap, with the run's result still held. */
  heapDeltaMb: number;
  rssDeltaMb: number;
}

export interface MeasureOptions {
  warmups: number;
  iterations: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const megabytes = (bytes: number) => round(bytes / (1024 * 1024));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function measure(
  name: string,
  work: () => unknown,
  { warmups, iterations }: MeasureOptions,
): Measurement {
  for (let run = 0; run < warmups; run += 1) work();

  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < iterations; run += 1) {
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }

  collectGarbage();
  const before = process.memoryUsage();
  const result = work();
  const after = process.memoryUsage();
  if (result === undefined) throw new Error(`${name} returned nothing to hold`);

  return {
    name,
    iterations,
    medianMs: round(median(wall)),
    minMs: round(Math.min(...wall)),
    maxMs: round(Math.max(...wall)),
    medianCpuMs: round(median(cpu)),
    heapDeltaMb: megabytes(after.heapUsed - before.heapUsed),
    rssDeltaMb: megabytes(after.rss - before.rss),
  };
}
