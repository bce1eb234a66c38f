// `pnpm bench`: the issue 12 measures of the inspector's and the lead's API, each beside the bare baseline
// (Fastify + one `SELECT 1` through pg) measured in the same run. For each endpoint, in this order:
//  1. warm-up: the baseline, then yji, each at the rate for YJI_BENCH_WARMUP_SECONDS (default 2), not counted
//     (JIT, connection pools, the token cache: the same chance for both sides);
//  2. latency: the baseline, then yji, open loop at YJI_BENCH_RATE (default 200 req/s) for YJI_BENCH_SECONDS
//     (default 3) (support/open-loop.ts): p50, p99, CPU per request, failures by kind;
//  3. saturation throughput: the baseline, then yji, closed loop of YJI_BENCH_CLIENTS (default 32) clients for
//     YJI_BENCH_SATURATION_SECONDS (default 3) (support/saturation.ts); the budget is yji ≥ 1/5 of the baseline.
// The inspector has TASKS cases (the "list my tasks (60 tasks)"). Services, worker and generator share
// this process and the machine is shared with other work, so figures are for comparison within a run.
// YJI_BENCH_PROFILE=<directory> profiles yji's latency run of each endpoint (support/cpu-profile.ts).
// Prints JSON and a table, and writes bench-results/inspector-api.json: each figure as support/measures.ts
// shapes it, and the raw loads.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callerAs, inspectionInFieldwork, tokenFor, useSystem } from '../harness/index.ts';
import { openLoop, type LoadResult } from './support/open-loop.ts';
import { outcomeOf, type Outcome } from './support/outcomes.ts';
import { saturation, type SaturationResult } from './support/saturation.ts';
import { startBareBaseline } from './support/bare-baseline.ts';
import { profiled } from './support/cpu-profile.ts';
import { measureOf, printMeasures, type Measure } from './support/measures.ts';
import { loadAverage, machineFacts, writeBenchResult } from './support/bench-report.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RATE = setting('YJI_BENCH_RATE', 200);
const SECONDS = setting('YJI_BENCH_SECONDS', 3);
const WARMUP_SECONDS = setting('YJI_BENCH_WARMUP_SECONDS', 2);
const CLIENTS = setting('YJI_BENCH_CLIENTS', 32);
const SATURATION_SECONDS = setting('YJI_BENCH_SATURATION_SECONDS', 3);
const TASKS = 60;
const IDLE_SECONDS = 5;
const BUDGET = { p99Ms: 20, atRate: 500, throughputShare: 1 / 5 };

// The per-caller rate limit would refuse the load itself; a sample of TASKS cases takes its time to confirm
// on a busy machine (its case workflows all start at once, but each creates and assigns its task).
const system = useSystem({ env: { RATE_LIMIT_MAX: '1000000', DECISION_WAIT_MS: '120000' } });
let baseline: Awaited<ReturnType<typeof startBareBaseline>>;
beforeAll(async () => {
  baseline = await startBareBaseline(system.env.DATABASE_URL);
});
afterAll(() => baseline?.stop());

const get = (url: string, authorization?: string) => async () =>
  outcomeOf(await fetch(url, authorization ? { headers: { authorization } } : {}));

interface Side {
  latency: LoadResult;
  saturation: SaturationResult;
}

it('GET one task, list tasks, save a draft, progress, idle CPU: each beside the bare baseline', async () => {
  expect(CLIENTS).toBeLessThan(TASKS);
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const inspection = await inspectionInFieldwork(system, lead, {
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

  // Draft saves go round the tasks, each naming the version it was based on, one save per task in flight:
  // a save is sent to the next task without one, so every save can succeed (a 409 would be the bench's
  // error, not yji's). With TASKS tasks and fewer saturation clients a task is always free; at a fixed rate
  // a send is skipped, and counted as skipped, only if every task has a save in flight. The first save of
  // each task (assigned → in progress, a signal to its workflow) falls in the warm-up.
  const versions = new Map(taskIds.map((id) => [id, 0]));
  const busy = new Set<string>();
  const saveDraft = async (i: number): Promise<Outcome> => {
    const taskId = taskIds
      .map((_, k) => taskIds[(i + k) % taskIds.length]!)
      .find((candidate) => !busy.has(candidate));
    if (!taskId) return { skipped: 'every task had a save in flight' };
    busy.add(taskId);
    try {
      const response = await fetch(`${fieldwork}/api/fieldwork/tasks/${taskId}/draft`, {
        method: 'PUT',
        headers: { authorization: inspector, 'content-type': 'application/json' },
        body: JSON.stringify({ version: versions.get(taskId), answers: { 'A1.1': i % 2 ? 'yes' : 'no' } }),
      });
      const outcome = await outcomeOf(response);
      if (outcome === 'ok') versions.set(taskId, versions.get(taskId)! + 1);
      return outcome;
    } finally {
      busy.delete(taskId);
    }
  };

  const load = { rate: RATE, seconds: SECONDS };
  const closed = { clients: CLIENTS, seconds: SATURATION_SECONDS };
  const bare = get(`${baseline.url}/bare/pg`);
  const measures: Record<string, { yji: Side; baseline: Side }> = {};
  const measure = async (name: string, send: (i: number) => Promise<Outcome>) => {
    await openLoop(bare, { rate: RATE, seconds: WARMUP_SECONDS });
    await openLoop(send, { rate: RATE, seconds: WARMUP_SECONDS });
    const bareLatency = await openLoop(bare, load);
    const yjiLatency = await profiled(name, () => openLoop(send, load));
    const bareSaturation = await saturation(bare, closed);
    const yjiSaturation = await saturation(send, closed);
    measures[name] = {
      yji: { latency: yjiLatency, saturation: yjiSaturation },
      baseline: { latency: bareLatency, saturation: bareSaturation },
    };
  };
  await measure('GET one task', (i) =>
    get(`${fieldwork}/api/fieldwork/tasks/${taskIds[i % taskIds.length]}`, inspector)(),
  );
  await measure(`list my tasks (${TASKS})`, get(`${fieldwork}/api/fieldwork/tasks`, inspector));
  await measure('save a draft', saveDraft);
  await measure(
    "lead's progress",
    get(`${system.inspection.url}/api/inspections/${inspection.id}/progress`, leadToken),
  );

  // Idle: nothing asked of the system; every service, the worker and the relays in this process.
  const idleBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const idle = process.cpuUsage(idleBefore);
  const idleCpuPercent = Math.round(((idle.user + idle.system) / 1000 / (IDLE_SECONDS * 1000)) * 10000) / 100;

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const idleRssMb = process.memoryUsage().rss / 1024 / 1024;
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
      measureOf(`${name}: CPU per request`, yji.latency.cpuMsPerRequest, 'ms', {
        baseline: bare.latency.cpuMsPerRequest,
      }),
      measureOf(`${name}: saturation throughput`, yji.saturation.throughput, 'req/s', {
        baseline: bare.saturation.throughput,
        budget: { ratioAtLeast: BUDGET.throughputShare },
      }),
      measureOf(`${name}: CPU per request at saturation`, yji.saturation.cpuMsPerRequest, 'ms', {
        baseline: bare.saturation.cpuMsPerRequest,
      }),
      // Each kind is in the JSON's loads (errorsByKind, skipped).
      measureOf(`${name}: failed or skipped`, failures(yji), 'requests', { baseline: failures(bare) }),
    ]),
    // Every service and the worker share this process: the per-service budget holds for all of them together.
    measureOf('idle CPU, all services and the worker', idleCpuPercent, '% of a core', {
      budget: { below: 0.5 },
    }),
    measureOf('RSS idle after the load, whole process', idleRssMb, 'MB', {}),
    measureOf('RSS peak, whole process', peakRssMb, 'MB', {}),
  ];
  const report = {
    generatedAt: new Date().toISOString(),
    machine: machineFacts(
      loadAverage(),
      'shared machine; services, worker and load generator in one process',
    ),
    load: { ...load, warmupSeconds: WARMUP_SECONDS, saturation: closed, tasks: TASKS },
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
  for (const { yji } of Object.values(measures)) expect(yji.latency.sent).toBeGreaterThan(0);
}, 600_000);
