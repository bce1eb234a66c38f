// `pnpm bench`: the issue 12 measures of the inspector's and the lead's API, each beside the bare baseline
// (Fastify + one `SELECT 1` through pg) measured in the same run. yji runs as production runs it, each service
// and the worker a process of its own (harness/process-system.ts), and so does the baseline
// (support/bare-baseline-server.ts); this process is the load generator only, its requests sent from a
// thread of its own (support/load-worker.ts: a small heap, short collector pauses). For each endpoint, in order:
//  1. warm-up: the baseline, then yji, each at the rate for YJI_BENCH_WARMUP_SECONDS (default 2), not counted
//     (JIT, connection pools, the token cache: the same chance for both sides);
//  2. latency: the baseline, then yji, open loop at YJI_BENCH_RATE (default 200 req/s) for YJI_BENCH_SECONDS
//     (default 3) (support/open-loop.ts): p50, p99, CPU per request, failures by kind;
//  3. saturation throughput: the baseline, then yji, closed loop of YJI_BENCH_CLIENTS (default 32) clients for
//     YJI_BENCH_SATURATION_SECONDS (default 3) (support/saturation.ts); the budget is yji ≥ 1/5 of the baseline.
// CPU per request is the answering side's processes' (yji: every service, the worker and their PostgreSQL
// backends; the baseline: its one and its backends), read from /proc, in all and process by process (in the
// JSON); the generator's own is reported beside it. The inspector has TASKS cases (the
// issue's "list my tasks (60 tasks)"). The machine is shared with other work, so figures are for comparison
// within a run. YJI_BENCH_PROFILE=<directory> profiles every service (support/cpu-profile.ts), best with
// YJI_BENCH_ONLY naming the one endpoint to measure.
// Prints JSON and a table, and writes bench-results/inspector-api.json: each figure as support/measures.ts
// shapes it, and the raw loads.
import { request } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb as createFieldworkDb } from '@yji/fieldwork';
import { callerAs, inspectionInFieldwork, tokenFor } from '../harness/index.ts';
import { startSupervisedSystem, SERVICES, type SupervisedSystem } from '../harness/process-system.ts';
import {
  startLoadGenerator,
  type LoadResult,
  type SaturationResult,
  type ServerProcesses,
} from './support/load-generator.ts';
import type { Scenario } from './support/load-scenarios.ts';
import { BASELINE_APPLICATION, startBareBaseline } from './support/bare-baseline.ts';
import { printProfiles, profilingEnv } from './support/cpu-profile.ts';
import { cpuMsOf, rssMbOf } from './support/process-usage.ts';
import { measureOf, printMeasures, type Measure } from './support/measures.ts';
import { loadAverage, machineFacts, writeBenchResult } from './support/bench-report.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RATE = setting('YJI_BENCH_RATE', 200);
const SECONDS = setting('YJI_BENCH_SECONDS', 3);
const WARMUP_SECONDS = setting('YJI_BENCH_WARMUP_SECONDS', 2);
const CLIENTS = setting('YJI_BENCH_CLIENTS', 32);
const SATURATION_SECONDS = setting('YJI_BENCH_SATURATION_SECONDS', 3);
const TASKS = 60;
/** YJI_BENCH_ONLY=list,save: only the endpoints whose names hold one of these (to profile one, say). */
const ONLY = (process.env.YJI_BENCH_ONLY ?? '').split(',');
const IDLE_SECONDS = 20;
/**
 * Idle is measured over this many windows of IDLE_SECONDS, and the median window is the measure: polling
 * shows in every window, while V8's memory reducer compacts each process's heap once, about 100 s after it
 * starts or after the load (a `Mark-Compact (reduce)` of 100–200 ms, seen with --trace-gc), in one at most.
 */
const IDLE_WINDOWS = 3;
/**
 * What the set-up or the load left behind (the sample's events still relayed and consumed, its workflows'
 * tasks, the collector) settles before the first measure and before idle is measured.
 */
const SETTLE_SECONDS = 15;
const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const BUDGET = { p99Ms: 20, atRate: 500, throughputShare: 1 / 5 };

const PROCESSES = [...SERVICES, 'worker'] as const;

let system: SupervisedSystem;
let fieldworkDb: ReturnType<typeof createFieldworkDb>;
let baseline: Awaited<ReturnType<typeof startBareBaseline>>;
beforeAll(async () => {
  // The per-caller rate limit would refuse the load itself; a sample of TASKS cases takes its time to
  // confirm on a busy machine (its case workflows all start at once, but each creates and assigns its task).
  system = await startSupervisedSystem({
    name: 'yji-bench',
    env: { RATE_LIMIT_MAX: '1000000', DECISION_WAIT_MS: '120000', ...profilingEnv() },
  });
  fieldworkDb = createFieldworkDb(system.env.DATABASE_URL!);
  baseline = await startBareBaseline(system.env.DATABASE_URL!);
}, 300_000);
afterAll(async () => {
  await baseline?.stop();
  await fieldworkDb?.$disconnect();
  const names = new Map(PROCESSES.map((name) => [system?.pidOf(name) ?? 0, name]));
  await system?.stop();
  await printProfiles(names);
}, 60_000);

/** PostgreSQL's backends for the baseline's pool, or for everyone else's (yji's), on this run's database. */
const backends = (ofBaseline: boolean) => async () =>
  (
    await fieldworkDb.$queryRawUnsafe<{ pid: number }[]>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND (application_name = $1) = $2`,
      BASELINE_APPLICATION,
      ofBaseline,
    )
  ).map(({ pid }) => pid);

/** A process of yji's by its pid now, none while its supervisor is starting it again. */
const pidsOf = (name: (typeof PROCESSES)[number]) => {
  const pid = system.pidOf(name);
  return pid === undefined ? [] : [pid];
};

/** yji's processes now: every service, the worker (a restarted one by its new pid) and their backends. */
const yjiProcesses: ServerProcesses = {
  ...Object.fromEntries(PROCESSES.map((name) => [name, () => pidsOf(name)])),
  postgres: backends(false),
};

const generator = startLoadGenerator();
afterAll(() => generator.stop());

interface Side {
  latency: LoadResult;
  saturation: SaturationResult;
}

it('GET one task, list tasks, save a draft, progress, idle CPU: each beside the bare baseline', async () => {
  expect(CLIENTS).toBeLessThan(TASKS);
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const inspection = await inspectionInFieldwork({ fieldworkDb }, lead, {
    team: [
      { userId: 'lead-1', role: 'lead-inspector' },
      { userId: 'inspector-1', role: 'inspector', capacity: TASKS },
    ],
    sampleSize: TASKS,
    longListRows: TASKS * 3,
  });
  const inspector = `Bearer ${await tokenFor('inspector-1', ['inspector'])}`;
  const leadToken = `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`;
  const fieldwork = system.fieldwork.url;
  const taskIds = inspection.cases.map((entry) => entry.taskId);
  // A page of TASKS lines: the inspector's whole list on a fresh database; where earlier runs left tasks of
  // theirs, the first TASKS of them (PostgreSQL then sorts more rows to find them).
  const listUrl = `${fieldwork}/api/fieldwork/tasks?limit=${TASKS}`;
  const listed = await request(listUrl, { headers: { authorization: inspector } });
  expect(((await listed.body.json()) as { tasks: unknown[] }).tasks).toHaveLength(TASKS);

  const load = { rate: RATE, seconds: SECONDS };
  const closed = { clients: CLIENTS, seconds: SATURATION_SECONDS };
  const bare: Scenario = { kind: 'get', urls: [`${baseline.url}/bare/pg`] };
  const bareProcesses: ServerProcesses = { baseline: () => [baseline.pid], postgres: backends(true) };
  const warmUp = { rate: RATE, seconds: WARMUP_SECONDS };
  const measures: Record<string, { yji: Side; baseline: Side }> = {};
  const measure = async (name: string, scenario: Scenario) => {
    if (!ONLY.some((part) => name.includes(part))) return;
    await generator.run('baseline', bare, warmUp, bareProcesses);
    await generator.run(name, scenario, warmUp, yjiProcesses);
    const bareLatency = await generator.run('baseline', bare, load, bareProcesses);
    const yjiLatency = await generator.run(name, scenario, load, yjiProcesses);
    const bareSaturation = await generator.run('baseline', bare, closed, bareProcesses);
    const yjiSaturation = await generator.run(name, scenario, closed, yjiProcesses);
    measures[name] = {
      yji: { latency: yjiLatency, saturation: yjiSaturation },
      baseline: { latency: bareLatency, saturation: bareSaturation },
    };
  };
  await pause(SETTLE_SECONDS);
  await measure('GET one task', {
    kind: 'get',
    urls: taskIds.map((id) => `${fieldwork}/api/fieldwork/tasks/${id}`),
    authorization: inspector,
  });
  await measure(`list my tasks (${TASKS})`, { kind: 'get', urls: [listUrl], authorization: inspector });
  await measure('save a draft', {
    kind: 'save-draft',
    fieldworkUrl: fieldwork,
    taskIds,
    authorization: inspector,
  });
  await measure("lead's progress", {
    kind: 'get',
    urls: [`${system.inspection.url}/api/inspections/${inspection.id}/progress`],
    authorization: leadToken,
  });

  // Idle: nothing asked of the system once the load has settled; each service and the worker, the budget
  // being per service.
  await pause(SETTLE_SECONDS);
  const idleWindows = new Map(PROCESSES.map((name) => [name, [] as number[]]));
  for (let window = 0; window < IDLE_WINDOWS; window += 1) {
    const before = new Map(PROCESSES.map((name) => [name, cpuMsOf(system.pidOf(name)!)]));
    await pause(IDLE_SECONDS);
    for (const name of PROCESSES) {
      const used = (cpuMsOf(system.pidOf(name)!) ?? NaN) - (before.get(name) ?? NaN);
      idleWindows.get(name)!.push((used / (IDLE_SECONDS * 1000)) * 100);
    }
  }
  const idlePercent = (name: (typeof PROCESSES)[number]) =>
    idleWindows.get(name)!.toSorted((x, y) => x - y)[Math.floor(IDLE_WINDOWS / 2)]!;
  const memory = PROCESSES.map((name) => ({ name, ...rssMbOf(system.pidOf(name)!) }));

  const failures = ({ latency, saturation: saturated }: Side) =>
    latency.errors + saturated.errors + Object.values(latency.skipped).reduce((a, b) => a + b, 0);
  const figures: Measure[] = [
    ...Object.entries(measures).flatMap(([name, { yji, baseline: bare }]) => [
      measureOf(`${name}: p99`, yji.latency.p99Ms, 'ms', {
        baseline: bare.latency.p99Ms,
        budget: { below: BUDGET.p99Ms, atRate: BUDGET.atRate },
        rate: RATE,
      }),
      measureOf(`${name}: p50`, yji.latency.p50Ms, 'ms', { baseline: bare.latency.p50Ms }),
      measureOf(`${name}: CPU per request, answering processes`, yji.latency.cpuMsPerRequest, 'ms', {
        baseline: bare.latency.cpuMsPerRequest,
      }),
      measureOf(
        `${name}: CPU per request, PostgreSQL`,
        yji.latency.cpuMsPerRequestByProcess.postgres!,
        'ms',
        {
          baseline: bare.latency.cpuMsPerRequestByProcess.postgres!,
        },
      ),
      measureOf(`${name}: CPU per request, load generator`, yji.latency.generatorCpuMsPerRequest, 'ms', {
        baseline: bare.latency.generatorCpuMsPerRequest,
      }),
      measureOf(`${name}: saturation throughput`, yji.saturation.throughput, 'req/s', {
        baseline: bare.saturation.throughput,
        budget: { ratioAtLeast: BUDGET.throughputShare },
      }),
      measureOf(
        `${name}: CPU per request at saturation, answering processes`,
        yji.saturation.cpuMsPerRequest,
        'ms',
        {
          baseline: bare.saturation.cpuMsPerRequest,
        },
      ),
      // Each kind is in the JSON's loads (errorsByKind, skipped).
      measureOf(`${name}: failed or skipped`, failures(yji), 'requests', { baseline: failures(bare) }),
    ]),
    // /proc counts CPU in 10 ms ticks: over IDLE_SECONDS (20 s) a tick is 0.05 % of a core. The median window.
    ...PROCESSES.map((name) =>
      measureOf(`idle CPU, ${name}`, idlePercent(name), '% of a core', { budget: { below: 0.5 } }),
    ),
    ...memory.flatMap(({ name, rssMb, peakMb }) => [
      measureOf(`RSS idle after the load, ${name}`, rssMb ?? NaN, 'MB', {}),
      measureOf(`RSS peak, ${name}`, peakMb ?? NaN, 'MB', {}),
    ]),
  ];
  const report = {
    generatedAt: new Date().toISOString(),
    machine: machineFacts(
      loadAverage(),
      'shared machine; each service, the worker, the baseline and the load generator a process of its own',
    ),
    load: { ...load, warmupSeconds: WARMUP_SECONDS, saturation: closed, tasks: TASKS },
    idle: { windowSeconds: IDLE_SECONDS, percentOfACoreByWindow: Object.fromEntries(idleWindows) },
    measures: figures,
    loads: measures,
  };
  console.log(JSON.stringify(report, null, 2));
  printMeasures(figures);
  // Every failure and skipped send, by kind, wherever there was one.
  const failed = [];
  for (const [name, sides] of Object.entries(measures))
    for (const [side, { latency, saturation: saturated }] of Object.entries(sides))
      for (const [phase, result] of [
        ['latency', latency],
        ['saturation', saturated],
      ] as const)
        if (result.errors || Object.keys(result.skipped).length)
          failed.push({ measure: name, side, phase, failed: result.errorsByKind, skipped: result.skipped });
  console.log('failed or skipped, by kind:', failed.length ? JSON.stringify(failed, null, 2) : 'none');
  await writeBenchResult('inspector-api', report);
  expect(Object.keys(measures).length).toBeGreaterThan(0);
  for (const { yji } of Object.values(measures)) expect(yji.latency.sent).toBeGreaterThan(0);
}, 600_000);
