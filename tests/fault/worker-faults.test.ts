// The fault run, on demand (`pnpm --filter @yji/tests fault`; FAULT_SEED, FAULT_INSPECTIONS, FAULT_CASES):
// several inspections go from creation to every case submitted while the worker process is killed with
// SIGKILL at seeded random moments and started again at once. Then nothing may be lost or doubled: every
// case has one task and one case workflow and ends submitted, every saved answer is there, each task's
// "submitted" fact is stored once. It prints the figures (kills, inspections, cases, time).
// Faults injected: the worker only. The services run in this process and the PostgreSQL, NATS and Temporal
// servers are shared by everyone on the machine, so killing them is left to a run on a machine of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSubmitted, type Role } from '@yji/contracts';
import {
  callerAs,
  completeAssessment,
  eventually,
  inspectionBody,
  longListCsv,
  useSystem,
  type ApiResponse,
  type Json,
} from '../harness/index.ts';
import { buildWorkflowBundle, startWorkerProcess, type WorkerProcess } from '../harness/worker-process.ts';
import { seededRandom } from '../hostile/plan.ts';

const SEED = Number(process.env.FAULT_SEED ?? 13);
const INSPECTIONS = Number(process.env.FAULT_INSPECTIONS ?? 2);
const CASES = Number(process.env.FAULT_CASES ?? 4);
const FIELDWORK_START = '2026-12-07';
/** Between kills: long enough for work to move, short enough to land in the middle of it. */
const KILL_EVERY_MS: [number, number] = [3_000, 12_000];
/** After the last kill Temporal hands a dead worker's activities on once their 30 s timeout passes. */
const SETTLE = { timeoutMs: 240_000, intervalMs: 500 };
const PEOPLE: [string, Role][] = [
  ['inspector-1', 'inspector'],
  ['inspector-2', 'inspector'],
  ['assessor-1', 'local-assessor'],
];

const system = useSystem({ worker: false });
const lead = callerAs(system, 'lead-1', ['lead-inspector']);
const assessors = new Map(PEOPLE.map(([userId, role]) => [userId, callerAs(system, userId, [role])]));

/** A decision's outcome: at once (200), or once its Location says it is done (202 while the worker is away). */
async function carriedOut(answer: ApiResponse): Promise<ApiResponse> {
  if (answer.status !== 202) return answer;
  const location = answer.body.error.details.location as string;
  return eventually(
    'the decision to be carried out',
    async () => {
      const poll = await lead('GET', location);
      return poll.status === 202 ? undefined : poll;
    },
    SETTLE,
  );
}

describe('the worker killed at random during several inspections', () => {
  let bundle: Awaited<ReturnType<typeof buildWorkflowBundle>> | undefined;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    bundle = await buildWorkflowBundle();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await bundle?.remove();
  });

  it('loses nothing and doubles nothing', { timeout: 1_800_000 }, async () => {
    const random = seededRandom(SEED);
    const startWorker = async () => {
      const worker = await startWorkerProcess(system.env, { bundlePath: bundle!.path });
      workers.push(worker);
      return worker;
    };
    let worker = await startWorker();
    let running = true;
    let kills = 0;
    const chaos = (async () => {
      while (running) {
        const [low, high] = KILL_EVERY_MS;
        await new Promise((resolve) => setTimeout(resolve, low + random() * (high - low)));
        if (!running) break;
        await worker.kill();
        kills += 1;
        worker = await startWorker();
      }
    })();

    const started = performance.now();
    const run = async (index: number) => {
      const ok = async (what: string, answer: Promise<ApiResponse>) => {
        const done = await carriedOut(await answer);
        expect(done.status, `${what}: ${JSON.stringify(done.body)}`).toBe(200);
        return done.body;
      };
      const created = await lead('POST', '/api/inspections', inspectionBody(FIELDWORK_START, CASES));
      expect([201, 202]).toContain(created.status);
      const id = created.body.id as string;
      const at = (path: string) => `/api/inspections/${id}${path}`;
      await eventually(
        'the inspection stored',
        async () => ((await lead('GET', at(''))).status === 200 ? true : undefined),
        SETTLE,
      );
      await ok(
        'team',
        lead('PUT', at('/team'), { members: PEOPLE.map(([userId, role]) => ({ userId, role })) }),
      );
      await ok('long list', lead('POST', at('/long-list'), longListCsv(FIELDWORK_START, 40)));
      await ok('draw', lead('POST', at('/sample'), { seed: `fault-${SEED}-${index}` }));
      await ok('confirm', lead('POST', at('/sample/confirm')));
      await eventually(
        'every case task',
        async () => ((await lead('GET', at('/progress'))).body.totals?.cases === CASES ? true : undefined),
        SETTLE,
      );
      await ok('assign', lead('POST', at('/assignments'), { mode: 'auto' }));
      const tasks = await eventually(
        'every task assigned in fieldwork',
        async () => {
          const found = await system.fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
          return found.length === CASES && found.every((task) => task.state === 'assigned')
            ? found
            : undefined;
        },
        SETTLE,
      );
      const saved = new Map<string, Json>();
      for (const task of tasks) {
        const call = assessors.get(task.assigneeId!)!;
        const path = `/api/fieldwork/tasks/${task.id}`;
        const { answers, firstDraft } = completeAssessment((await call('GET', path)).body);
        expect((await call('PUT', `${path}/draft`, { ...firstDraft(), answers })).status).toBe(200);
        saved.set(task.id, answers);
        const interview = { date: '2026-12-08', withWhom: 'case manager', notes: 'Plan.' };
        expect((await call('PUT', `${path}/interview`, interview)).status).toBe(200);
        const submitted = await call('POST', `${path}/submit`, { version: 1 });
        expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      }
      return { id, saved };
    };
    const runs = await Promise.all(Array.from({ length: INSPECTIONS }, (_, index) => run(index))).finally(
      async () => {
        running = false;
        await chaos;
      },
    );

    for (const { id, saved } of runs) {
      const at = (path: string) => `/api/inspections/${id}${path}`;
      await eventually(
        'every case to show submitted',
        async () => ((await lead('GET', at('/progress'))).body.totals?.allSubmitted ? true : undefined),
        SETTLE,
      );
      const sampled = await system.inspectionDb.sampledCase.findMany({ where: { inspectionId: id } });
      const tasks = await system.fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
      expect(tasks).toHaveLength(CASES);
      expect(new Map(tasks.map((task) => [task.caseRef, task.id]))).toEqual(
        new Map(sampled.map((entry) => [entry.caseRef, entry.taskId])),
      );
      for (const task of tasks) {
        expect(task.state).toBe('submitted');
        expect(task.answers).toEqual(saved.get(task.id));
      }
      expect((await system.temporal.workflow.count(`ParentWorkflowId = '${id}'`)).count).toBe(CASES);
      const submittedFacts = await system.fieldworkDb.outboxMessage.findMany({
        where: { subject: taskSubmitted.subject, payload: { path: ['inspectionId'], equals: id } },
      });
      expect(submittedFacts.map((row) => (row.payload as Json).taskId).sort()).toEqual(
        tasks.map((task) => task.id).sort(),
      );
    }
    console.info(
      `fault run (seed ${SEED}): ${kills} worker kills survived; ${INSPECTIONS} inspections, ` +
        `${INSPECTIONS * CASES} cases, all submitted once; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    expect(kills).toBeGreaterThan(0);
  });
});
