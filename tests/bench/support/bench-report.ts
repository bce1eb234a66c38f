// What every bench's JSON says of the machine it ran on, and where it writes that JSON: figures from a shared
// machine mean little without its load, and bench-results/ is where they are compared run to run.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The one-minute load average, two decimals. */
export const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** Node's version, the cores and their model, with the load average as the bench took it and a note. */
export function machineFacts<Load>(loadAverage1m: Load, note?: string) {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage1m,
    ...(note === undefined ? {} : { note }),
  };
}

/** Writes `report` as bench-results/`name`.json at the repository's root. */
export async function writeBenchResult(name: string, report: unknown) {
  const directory = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
  await mkdir(directory, { recursive: true });
  await writeFile(`${directory}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
}
