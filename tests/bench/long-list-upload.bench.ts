// `pnpm bench`: a 100,000-row long list uploaded end to end (HTTP, reading, checking, storing, the
// workflow's decision) while other requests go to the same service: another inspection's sample read (a
// database read and its audit entry). The upload is sent by curl and the worker runs as a process of its
// own, as in production, so the service's process carries only the service's load. The same requests are
// first timed with nothing else running: the baseline of this run. Budgets (issue 13): the upload under 10 s,
// the other requests' p99 under 50 ms. The event loop's delay and utilization in the same stretches (the
// services run in this process) say how much of a probe's time was the loop being held, and how busy the
// upload kept it. Prints JSON and writes bench-results/long-list-upload.json.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  callerAs,
  inspectionBody,
  inspectionInFieldwork,
  longListCsv,
  tokenFor,
  useSystem,
} from '../harness/index.ts';
import { buildWorkflowBundle, startWorkerProcess, type WorkerProcess } from '../harness/worker-process.ts';

const ROWS = 100_000;
const BUDGET = { uploadMs: 10_000, otherRequestsP99Ms: 50 };
const BASELINE_MS = 5000;
const PROBE_INTERVAL_MS = 10;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const tenths = (value: number) => Math.round(value * 10) / 10;
const summary = (latencies: number[]) => ({
  requests: latencies.length,
  p50Ms: tenths(percentile(latencies, 50)),
  p99Ms: tenths(percentile(latencies, 99)),
  maxMs: tenths(Math.max(...latencies)),
});
const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

const system = useSystem({ worker: false });
let worker: WorkerProcess | undefined;
let removeBundle: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const bundle = await buildWorkflowBundle();
  removeBundle = bundle.remove;
  worker = await startWorkerProcess(system.env, { bundlePath: bundle.path });
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await removeBundle?.();
});

it(`a ${ROWS.toLocaleString('en-GB')}-row long list, end to end, beside other requests`, async () => {
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const created = await lead('POST', '/api/inspections', inspectionBody());
  expect(created.status).toBe(201);
  const url = `${system.inspection.url}/api/inspections/${created.body.id}`;
  const other = await inspectionInFieldwork(system, lead, {
    team: [
      { userId: 'lead-1', role: 'lead-inspector' },
      { userId: 'inspector-1', role: 'inspector', capacity: 10 },
    ],
    sampleSize: 2,
  });
  const probeUrl = `${system.inspection.url}/api/inspections/${other.id}/sample`;
  const authorization = `Bearer ${await tokenFor('lead-1', ['lead-inspector'])}`;
  const file = join(tmpdir(), `yji-bench-long-list-${process.pid}.csv`);
  const csv = longListCsv('2026-12-07', ROWS);
  await writeFile(file, csv);

  /**
   * Times the other inspection's sample read every PROBE_INTERVAL_MS until `done` settles, and the event
   * loop's delay (sampled every millisecond) and utilization meanwhile.
   */
  const probe = async (done: Promise<unknown>) => {
    let finished = false;
    void done.finally(() => (finished = true));
    const latencies: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const busyBefore = performance.eventLoopUtilization();
    while (!finished) {
      const started = performance.now();
      const response = await fetch(probeUrl, { headers: { authorization } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`a probe answered ${response.status}`);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
    }
    delay.disable();
    const eventLoop = {
      delayP99Ms: tenths(delay.percentile(99) / 1e6),
      delayMaxMs: tenths(delay.max / 1e6),
      utilization: Math.round(performance.eventLoopUtilization(busyBefore).utilization * 100) / 100,
    };
    return { ...summary(latencies), eventLoop };
  };

  const loadBefore = loadAverage();
  const baseline = await probe(new Promise((resolve) => setTimeout(resolve, BASELINE_MS)));
  const started = performance.now();
  const upload = promisify(execFile)('curl', [
    '-sS',
    '-o',
    '/dev/null',
    '-w',
    '%{http_code}',
    '-H',
    `authorization: ${authorization}`,
    '-H',
    'content-type: text/csv',
    '--data-binary',
    `@${file}`,
    `${url}/long-list`,
  ]).then(({ stdout }) => ({ status: Number(stdout), ms: performance.now() - started }));
  const duringUpload = await probe(upload);
  const { status, ms } = await upload;
  expect(status).toBe(200);

  const report = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage1m: { before: loadBefore, after: loadAverage() },
    },
    inputs: { rows: ROWS, bytes: csv.length, probeIntervalMs: PROBE_INTERVAL_MS },
    baseline: { ...baseline, note: 'GET /api/inspections/:id/sample with nothing else running' },
    duringUpload: { ...duringUpload, uploadMs: Math.round(ms) },
    budget: BUDGET,
    withinBudget: ms <= BUDGET.uploadMs && duringUpload.p99Ms <= BUDGET.otherRequestsP99Ms,
  };
  const json = JSON.stringify(report, null, 2);
  console.log(json);
  const directory = fileURLToPath(new URL('../../bench-results/', import.meta.url));
  await mkdir(directory, { recursive: true });
  await writeFile(`${directory}long-list-upload.json`, `${json}\n`);
}, 120_000);
