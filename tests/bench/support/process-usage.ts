// CPU time and memory of the other processes a bench drives (the Temporal server, NATS, PostgreSQL's
// backends), read from /proc (Linux): so a lifecycle's CPU is counted in every process it costs, not only in
// the bench's own. Where /proc is missing, or a process is not found, the figure is null and says so.
import { readdirSync, readFileSync } from 'node:fs';

/** /proc/<pid>/stat counts CPU in clock ticks; Linux's USER_HZ is 100 on every platform Node runs on. */
const TICKS_PER_SECOND = 100;

/** The process's user + system CPU so far, in ms; null once it has gone. */
export function cpuMsOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The process's resident memory now and at its peak, in MB; null once it has gone. */
export function rssMbOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The processes whose command line matches every one of `patterns` (e.g. the server on a given port). */
export function pidsMatching(...patterns: RegExp[]): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return pid !== process.pid && patterns.every((pattern) => pattern.test(commandLine));
    } catch {
      return false;
    }
  });
}

/**
 * The CPU the processes spent between `start()` and `stop()`, in ms. `pids` is asked at both ends (a pool's
 * connections come and go): a process there at the end and not at the start counts from its own start.
 */
export function cpuMeter(pids: () => Promise<number[]> | number[]) {
  let before = new Map<number, number>();
  return {
    async start() {
      before = new Map((await pids()).map((pid) => [pid, cpuMsOf(pid) ?? 0]));
    },
    async stop(): Promise<number> {
      let total = 0;
      for (const pid of await pids()) total += (cpuMsOf(pid) ?? 0) - (before.get(pid) ?? 0);
      return total;
    },
  };
}
