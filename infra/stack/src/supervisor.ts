// Runs a child process and keeps it running: one that exits while the stack runs is started again after a
// pause that doubles with each quick failure (and resets once it has run a while), and the runner's log
// says so. Its output goes to the terminal and to a log file of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { Log } from './part.ts';

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Appended to: the process's stdout and stderr across restarts. */
  logFile: string;
  /** Only to the log file, not also to the terminal (a test's own processes). */
  quiet?: boolean;
}

export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** A process that ran this long before exiting starts again after the first delay. */
  healthyAfterMs: number;
  /** SIGTERM, then SIGKILL after this long. */
  stopGraceMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  stopGraceMs: 30_000,
};

export interface Supervised {
  readonly name: string;
  /** The running child's process id, or undefined between a crash and its restart. */
  pid(): number | undefined;
  restarts(): number;
  stop(): Promise<void>;
}

/** Writes `prefix` before each line of `chunk` to the terminal. */
function toTerminal(prefix: string) {
  let partial = '';
  return (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
  };
}

export function supervise(
  spec: ProcessSpec,
  log: Log,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): Supervised {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const file: WriteStream = createWriteStream(spec.logFile, { flags: 'a' });
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let delayMs = policy.firstDelayMs;
  let pending: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = Date.now();
    const running = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    const terminal = spec.quiet ? () => {} : toTerminal(`[${spec.name}] `);
    for (const stream of [running.stdout, running.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        file.write(chunk);
        terminal(chunk);
      });
    }
    running.once('exit', (code, signal) => {
      if (child === running) child = undefined;
      if (stopping) return;
      if (Date.now() - startedAt >= policy.healthyAfterMs) delayMs = policy.firstDelayMs;
      restarts += 1;
      log(
        `${spec.name} exited (${signal ?? `code ${code}`}); restarting in ${(delayMs / 1000).toFixed(1)} s ` +
          `(restart ${restarts}; log ${spec.logFile})`,
      );
      pending = setTimeout(start, delayMs);
      delayMs = Math.min(policy.maxDelayMs, delayMs * 2);
    });
  };
  start();

  return {
    name: spec.name,
    pid: () => child?.pid,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      clearTimeout(pending);
      const running = child;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
        running.kill('SIGTERM');
        const kill = setTimeout(() => running.kill('SIGKILL'), policy.stopGraceMs);
        await exited;
        clearTimeout(kill);
      }
      await new Promise<void>((resolve) => file.end(resolve));
    },
  };
}
