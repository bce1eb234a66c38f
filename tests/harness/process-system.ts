// The whole system as operating-system processes, as production runs it: a NATS server and a Temporal dev
// server of the run's own (their data on disk, so a restart finds it), the four services and the worker, each
// supervised as `pnpm stack up` supervises them (@yji/stack: restarted at once on the same port). The fault
// run SIGKILLs them; the inspector API bench measures each one's CPU. PostgreSQL stays the test run's shared
// one: it is not killed here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import {
  devServerArgs,
  freePort,
  natsServerArgs,
  natsServerBinary,
  supervise,
  tcpAnswers,
  temporalCli,
  waitUntil,
  type RestartPolicy,
  type Supervised,
} from '@yji/stack';
import { ensureSearchAttributes } from '@yji/workflows';
import { testEnvironment } from '../harness/index.ts';

export const SERVICES = ['inspection', 'fieldwork', 'ratings', 'publication'] as const;
export type Target = 'nats' | 'temporal' | 'worker' | (typeof SERVICES)[number];

/** A fault run's processes come back at once: the run measures survival, not the stack runner's backoff. */
const RESTART_AT_ONCE: RestartPolicy = {
  firstDelayMs: 300,
  maxDelayMs: 2_000,
  healthyAfterMs: 5_000,
  stopGraceMs: 10_000,
};

const log = () => {};
const repoRoot = new URL('../../', import.meta.url).pathname;

async function answersReady(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2_000) });
  await response.arrayBuffer();
  return response.status === 200;
}

export interface SupervisedSystemOptions {
  /** Names the run's data folder and task queue. */
  name: string;
  /** Variables every service and the worker get on top of the test environment's. */
  env?: NodeJS.ProcessEnv;
}

export async function startSupervisedSystem(options: SupervisedSystemOptions) {
  const dataDir = await mkdtemp(join(tmpdir(), `${options.name}-`));
  const processes = new Map<Target, Supervised>();
  const run = (target: Target, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
    processes.set(
      target,
      supervise(
        {
          name: target,
          command,
          args,
          cwd: repoRoot,
          env,
          logFile: join(dataDir, `${target}.log`),
          quiet: true,
        },
        log,
        RESTART_AT_ONCE,
      ),
    );
  const stop = async () => {
    for (const child of [...processes.values()].reverse()) await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const natsPort = await freePort();
    run('nats', await natsServerBinary(log), natsServerArgs(natsPort, join(dataDir, 'nats')));
    const temporalPort = await freePort();
    const cli = await temporalCli(log);
    if (!cli) throw new Error('the fault run needs the Temporal CLI (.tools/bin/temporal)');
    run('temporal', cli, devServerArgs(temporalPort, await freePort(), join(dataDir, 'temporal.db')));
    const temporalAddress = `127.0.0.1:${temporalPort}`;
    await waitUntil('the run’s NATS server', () => tcpAnswers('127.0.0.1', natsPort));
    await waitUntil('the run’s Temporal server', async () => {
      const connection = await Connection.connect({ address: temporalAddress, connectTimeout: 1_000 });
      try {
        await ensureSearchAttributes(connection, process.env.TEMPORAL_NAMESPACE ?? 'default');
      } finally {
        await connection.close();
      }
      return true;
    });

    const env = {
      ...process.env,
      ...testEnvironment(options.name),
      NATS_URL: `nats://127.0.0.1:${natsPort}`,
      TEMPORAL_ADDRESS: temporalAddress,
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    const ports = new Map<string, number>();
    for (const name of [...SERVICES, 'worker'] as const) {
      const port = await freePort();
      ports.set(name, port);
      run(name, process.execPath, [join('services', name, 'src', 'main.ts')], { ...env, PORT: String(port) });
    }
    await waitUntil(
      'every service and the worker ready',
      async () => (await Promise.all([...ports.values()].map(answersReady))).every(Boolean),
      120_000,
    );
    const url = (name: string) => ({ url: `http://127.0.0.1:${ports.get(name)}` });
    return {
      env,
      dataDir,
      inspection: url('inspection'),
      fieldwork: url('fieldwork'),
      ratings: url('ratings'),
      publication: url('publication'),
      /** SIGKILL `target` now; its supervisor starts it again. */
      kill(target: Target): void {
        const pid = processes.get(target)?.pid();
        if (pid !== undefined) process.kill(pid, 'SIGKILL');
      },
      /** The process of `target` now (a restart gives it another). */
      pidOf: (target: Target) => processes.get(target)?.pid(),
      restarts: () => new Map([...processes].map(([target, child]) => [target, child.restarts()])),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type SupervisedSystem = Awaited<ReturnType<typeof startSupervisedSystem>>;
