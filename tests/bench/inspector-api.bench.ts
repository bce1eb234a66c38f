// `pnpm bench`: the issue 12 measures of the inspector's and the lead's API, each beside the bare baseline
// (Fastify + one `SELECT 1` through pg) measured in the same run at the same rate, with the open-loop
// generator of support/open-loop.ts. Services, worker and generator share this process and the machine is
// shared with other work, so figures are for comparison within a run. YJI_BENCH_RATE (default 200 req/s)
// and YJI_BENCH_SECONDS (default 3) set the load. Prints JSON and a table, and writes
// bench-results/inspector-api.json: each figure as support/measures.ts shapes it, and the raw loads.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callerAs, inspectionInFieldwork, tokenFor, useSystem } from '../harness/index.ts';
import { openLoop, type LoadResult } from './support/open-loop.ts';
import { startBareBaseline } from './support/bare-baseline.ts';
import { measureOf, printMeasures, type Measure } from './support/measures.ts';

const RATE = Number(process.env.YJI_BENCH_RATE ?? 200);
const SECONDS = Number(process.env.YJI_BENCH_SECONDS ?? 3);
const TASKS = 20;
const IDLE_SECONDS = 5;
const BUDGET = { p99Ms: 20, atRate: 500 };

// The per-caller rate limit would refuse the load itself; a sample of TASKS cases takes its time to confirm
// on a busy machine (its case workflows all start at once, but each creates and assigns its task).
const system = useSystem({ env: { RATE_LIMIT_MAX: '1000000', DECISION_WAIT_MS: '120000' } });
let baseline: Awaited<ReturnType<typeof startBareBaseline>>;
beforeAll(async () => {
  baseline = await startBareBaseline(system.env.DATABASE_URL);
});
afterAll(() => baseline?.stop());

const get = (url: string, authorization?: string) => async () => {
  const response = await fetch(url, authorization ? { headers: { authorization } } : {});
  await response.arrayBuffer();
  return response.status === 200;
};

it('GET one task, list tasks, save a draft, progress, idle CPU: each beside the bare baseline', async () => {
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

  // Draft saves go round the tasks, each naming the version it was based on; a task with a save in flight
  // is skipped, so every save can succeed.
  const versions = new Map(taskIds.map((id) => [id, 0]));
  const busy = new Set<string>();
  const saveStatuses: Record<number, number> = {};
  const saveDraft = async (i: number) => {
    const taskId = taskIds
      .map((_, k) => taskIds[(i + k) % taskIds.length]!)
      .find((candidate) => !busy.has(candidate));
    if (!taskId) return false;
    busy.add(taskId);
    try {
      const response = await fetch(`${fieldwork}/api/fieldwork/tasks/${taskId}/draft`, {
        method: 'PUT',
        headers: { authorization: inspector, 'content-type': 'application/json' },
        body: JSON.stringify({ version: versions.get(taskId), answers: { 'A1.1': i % 2 ? 'yes' : 'no' } }),
      });
      await response.arrayBuffer();
      saveStatuses[response.status] = (saveStatuses[response.status] ?? 0) + 1;
      if (response.status === 200) versions.set(taskId, versions.get(taskId)! + 1);
      return response.status === 200;
    } finally {
      busy.delete(taskId);
    }
  };

  const load = { rate: RATE, seconds: SECONDS };
  const measures: Record<string, { yji: LoadResult; baseline: LoadResult }> = {};
  const measure = async (name: string, send: (i: number) => Promise<boolean>) => {
    const bare = await openLoop(get(`${baseline.url}/bare/pg`), load);
    const yji = await openLoop(send, load);
    measures[name] = { yji, baseline: bare };
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
  const figures: Measure[] = [
    ...Object.entries(measures).flatMap(([name, { yji, baseline: bare }]) => [
      measureOf(`${name}: p99`, yji.p99Ms, 'ms', {
        baseline: bare.p99Ms,
        budget: { below: BUDGET.p99Ms, atRate: BUDGET.atRate },
        rate: RATE,
      }),
      measureOf(`${name}: p50`, yji.p50Ms, 'ms', { baseline: bare.p50Ms }),
      measureOf(`${name}: CPU per request`, yji.cpuMsPerRequest, 'ms', { baseline: bare.cpuMsPerRequest }),
      measureOf(`${name}: errors`, yji.errors, 'requests', { baseline: bare.errors }),
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
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      note: 'shared machine; services, worker and load generator in one process',
    },
    load,
    measures: figures,
    loads: measures,
    saveDraftStatuses: saveStatuses,
  };
  console.log(JSON.stringify(report, null, 2));
  printMeasures(figures);
  const directory = fileURLToPath(new URL('../../bench-results/', import.meta.url));
  await mkdir(directory, { recursive: true });
  await writeFile(`${directory}inspector-api.json`, `${JSON.stringify(report, null, 2)}\n`);
  for (const { yji } of Object.values(measures)) expect(yji.sent).toBeGreaterThan(0);
}, 300_000);
