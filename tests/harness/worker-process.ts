// The worker as an operating-system process of its own (`node services/worker/src/main.ts`, as
// it runs in production), so a test can SIGKILL it — no shutdown hook, no finally block, no draining — and
// start a fresh one on the same task queue. Pair it with `startSystem({ worker: false })`.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What the worker process reads from its environment (the rest of testEnvironment() does no harm). */
export type WorkerProcessEnv = Record<string, string | undefined> & {
  NATS_URL: string;
  TEMPORAL_ADDRESS: string;
  TEMPORAL_NAMESPACE: string;
  TEMPORAL_TASK_QUEUE: string;
};

export interface WorkerProcess {
  readonly pid: number;
  /** SIGKILL: the process dies on the spot, whatever it is doing. Resolves once it has exited. */
  kill(): Promise<void>;
  /** SIGTERM, the worker's graceful shutdown; SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Everything it wrote to stdout and stderr, for a failing test's message. */
  output(): string;
}

const running = new Set<ChildProcess>();
// A test process that dies must not leave workers polling the test's task queue behind it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function collectOutput(child: ChildProcess) {
  const chunks: string[] = [];
  let size = 0;
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'));
    size += chunk.length;
    // Keep the last ~256 KiB: enough to explain a failure, never a memory problem.
    while (size > 256 * 1024 && chunks.length > 1) size -= chunks.shift()!.length;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => chunks.join('');
}

/**
 * Starts `node services/worker/src/main.ts` from the repository root with `env` and resolves
 * once it logs that it started (its Temporal worker is created and running), or rejects with its output.
 */
export async function startWorkerProcess(
  env: WorkerProcessEnv,
  options: { readyTimeoutMs?: number } = {},
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['services/worker/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...env,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output = collectOutput(child);
  const gone = exited(child).then(() => running.delete(child));

  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker process did not start in time:\n${output()}`));
    }, options.readyTimeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (/"msg":"worker started"/.test(seen)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
      if (seen.length > 64 * 1024) seen = seen.slice(-1024);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the worker process exited (${signal ?? code}) before it started:\n${output()}`));
    });
  });

  return {
    pid: child.pid!,
    kill: async () => {
      child.kill('SIGKILL');
      await gone;
    },
    stop: async (graceMs = 15_000) => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
    output,
  };
}
