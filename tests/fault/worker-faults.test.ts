// The fault run, on demand (`pnpm --filter @yji/tests fault`; FAULT_SEED, FAULT_INSPECTIONS, FAULT_CASES):
// several inspections go from creation to every case submitted while the worker process is killed with
// SIGKILL at seeded random moments and started again at once. Then nothing may be lost or doubled
// (inspection-run.ts). It prints the figures (kills, inspections, cases, time). The services run in this
// process against the shared servers; `FAULT_TARGETS=all` adds the run that kills every process
// (process-faults.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { callerAs, useSystem } from '../harness/index.ts';
import { startWorkerProcess, type WorkerProcess } from '../harness/worker-process.ts';
import { seededRandom } from '../hostile/plan.ts';
import { expectNothingLostOrDoubled, pause, PEOPLE, runInspections } from './inspection-run.ts';

const SEED = Number(process.env.FAULT_SEED ?? 13);
const INSPECTIONS = Number(process.env.FAULT_INSPECTIONS ?? 2);
const CASES = Number(process.env.FAULT_CASES ?? 4);
/** Between kills: long enough for work to move, short enough to land in the middle of it. */
const KILL_EVERY_MS: [number, number] = [3_000, 12_000];

const system = useSystem({ worker: false });

describe('the worker killed at random during several inspections', () => {
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
  });

  it('loses nothing and doubles nothing', { timeout: 1_800_000 }, async () => {
    const random = seededRandom(SEED);
    const startWorker = async () => {
      const worker = await startWorkerProcess(system.env);
      workers.push(worker);
      return worker;
    };
    let worker = await startWorker();
    let kills = 0;
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const assessors = new Map(PEOPLE.map(([userId, role]) => [userId, callerAs(system, userId, [role])]));
    const started = performance.now();
    const runs = await runInspections({ lead, assessors }, system, {
      count: INSPECTIONS,
      cases: CASES,
      seed: `fault-${SEED}`,
      faults: async (running) => {
        while (running()) {
          await pause(random, KILL_EVERY_MS);
          if (!running()) break;
          await worker.kill();
          kills += 1;
          worker = await startWorker();
        }
      },
    });
    await expectNothingLostOrDoubled(lead, system, runs, CASES);
    console.info(
      `fault run (seed ${SEED}): ${kills} worker kills survived; ${INSPECTIONS} inspections, ` +
        `${INSPECTIONS * CASES} cases, all submitted once; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    expect(kills).toBeGreaterThan(0);
  });
});
