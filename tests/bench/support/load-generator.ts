// The load generator as the bench drives it: a thread of its own (load-worker.ts) sends the requests, and
// this side counts the CPU around each run, the answering processes' and the generator's.
import { Worker } from 'node:worker_threads';
import type { openLoop } from './open-loop.ts';
import type { saturation } from './saturation.ts';
import { round } from './outcomes.ts';
import { cpuMeter } from './process-usage.ts';
import type { Scenario } from './load-scenarios.ts';
import type { LoadOrder, Plan } from './load-worker.ts';

/**
 * The processes that answer the requests (the services', the baseline's, PostgreSQL's backends for either),
 * by name, each name its pids; asked at both ends of a run.
 */
export type ServerProcesses = Record<string, () => Promise<number[]> | number[]>;

interface CpuFigures {
  /** CPU of the answering processes per request sent, in ms (/proc's clock ticks: 10 ms each). */
  cpuMsPerRequest: number;
  /** The same, process by process. */
  cpuMsPerRequestByProcess: Record<string, number>;
  /** CPU of the load generator (this process, both threads) per request sent, in ms. */
  generatorCpuMsPerRequest: number;
}

export type LoadResult = Awaited<ReturnType<typeof openLoop>> & CpuFigures;
export type SaturationResult = Awaited<ReturnType<typeof saturation>> & CpuFigures;

/** What the generator's thread answers of a run: everything but the CPU, counted on this side. */
type Generated = Awaited<ReturnType<typeof openLoop>> | Awaited<ReturnType<typeof saturation>>;
type Answer = { id: number; result: Generated } | { id: number; error: string };

export function startLoadGenerator() {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url));
  const waiting = new Map<number, (answer: Answer) => void>();
  let nextId = 0;
  worker.on('message', (answer: Answer) => waiting.get(answer.id)?.(answer));
  worker.on('error', (error) => {
    for (const answer of waiting.values()) answer({ id: -1, error: String(error) });
  });

  const order = (name: string, scenario: Scenario, plan: Plan) => {
    const id = nextId++;
    return new Promise<Generated>((resolve, reject) => {
      waiting.set(id, (answer) => {
        waiting.delete(id);
        if ('error' in answer) reject(new Error(`load generator: ${answer.error}`));
        else resolve(answer.result);
      });
      worker.postMessage({ id, name, scenario, plan } satisfies LoadOrder);
    });
  };

  /**
   * One run of `name`'s scenario to `plan`, with the CPU each side spent on it: open loop at `plan.rate`
   * (open-loop.ts), or a closed loop of `plan.clients` (saturation.ts), for `plan.seconds`.
   */
  async function run<P extends Plan>(
    name: string,
    scenario: Scenario,
    plan: P,
    servers: ServerProcesses,
  ): Promise<P extends { rate: number } ? LoadResult : SaturationResult> {
    const meters = Object.entries(servers).map(([server, pids]) => ({ server, meter: cpuMeter(pids) }));
    for (const { meter } of meters) await meter.start();
    const generatorBefore = process.cpuUsage();
    const figures = await order(name, scenario, plan);
    const generator = process.cpuUsage(generatorBefore);
    const serverCpuMs: Record<string, number> = {};
    for (const { server, meter } of meters) serverCpuMs[server] = await meter.stop();
    const perRequest = (ms: number) => round(ms / Math.max(1, figures.sent));
    const result = {
      ...figures,
      cpuMsPerRequest: perRequest(Object.values(serverCpuMs).reduce((sum, ms) => sum + ms, 0)),
      cpuMsPerRequestByProcess: Object.fromEntries(
        Object.entries(serverCpuMs).map(([server, ms]) => [server, perRequest(ms)]),
      ),
      generatorCpuMsPerRequest: perRequest((generator.user + generator.system) / 1000),
    };
    return result as P extends { rate: number } ? LoadResult : SaturationResult;
  }

  return {
    run,
    /** Ends the thread, its connections with it. */
    stop: () => worker.terminate(),
  };
}
