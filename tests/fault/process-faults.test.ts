// The fault run with every process as a target (`FAULT_TARGETS=all pnpm --filter @yji/tests fault`; FAULT_SEED,
// FAULT_INSPECTIONS, FAULT_CASES): several inspections go from creation to every case submitted while, at
// seeded random moments, one of the run's own NATS server, its Temporal server, a service or the worker is
// SIGKILLed and started again by its supervisor (supervised-system.ts). The people keep working as people
// do: what fails while something is down (no answer, a 5xx) they try again after a moment, and a decision
// they cannot tell went through they check before trying again. Then nothing may be lost or doubled, as in
// the worker-only run, and each case's "submitted" fact is published once. PostgreSQL is not killed: it is
// shared by every test on the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { taskSubmitted, type Role } from '@yji/contracts';
import { createDb as createFieldworkDb } from '@yji/fieldwork';
import { createDb as createInspectionDb } from '@yji/inspection';
import { encryptedDataConverter } from '@yji/workflows';
import {
  callerAs,
  completeAssessment,
  eventually,
  inspectionBody,
  longListCsv,
  type ApiResponse,
  type Caller,
  type Json,
} from '../harness/index.ts';
import { buildWorkflowBundle } from '../harness/worker-process.ts';
import { seededRandom } from '../hostile/plan.ts';
import { SERVICES, startSupervisedSystem, type SupervisedSystem, type Target } from './supervised-system.ts';

const SEED = Number(process.env.FAULT_SEED ?? 29);
const INSPECTIONS = Number(process.env.FAULT_INSPECTIONS ?? 4);
const CASES = Number(process.env.FAULT_CASES ?? 6);
const FIELDWORK_START = '2026-12-07';
const TARGETS: readonly Target[] = ['nats', 'temporal', 'worker', ...SERVICES];
const KILL_EVERY_MS: [number, number] = [1_500, 5_000];
/** A person gives up on one request after this long (the system must be back well before). */
const PATIENCE_MS = 180_000;
const SETTLE = { timeoutMs: 300_000, intervalMs: 1_000 };
const PEOPLE: [string, Role][] = [
  ['inspector-1', 'inspector'],
  ['inspector-2', 'inspector'],
  ['assessor-1', 'local-assessor'],
];

const describeIf = process.env.FAULT_TARGETS === 'all' ? describe : describe.skip;

describeIf('every process killed at random during several inspections', () => {
  let bundle: Awaited<ReturnType<typeof buildWorkflowBundle>>;
  let system: SupervisedSystem;
  let retried = 0;
  beforeAll(async () => {
    bundle = await buildWorkflowBundle();
    system = await startSupervisedSystem(bundle.path);
  }, 300_000);
  afterAll(async () => {
    await system?.stop();
    await bundle?.remove();
  });

  /** As a person calls: what got no answer, or a 5xx, is tried again a moment later. */
  const persistent =
    (caller: Caller): Caller =>
    async (method, path, body) => {
      const deadline = Date.now() + PATIENCE_MS;
      for (;;) {
        const answer = await caller(method, path, body).catch(() => undefined);
        if (answer && answer.status < 500) return answer;
        if (Date.now() > deadline)
          throw new Error(`${method} ${path}: no answer for ${PATIENCE_MS / 1000} s`);
        retried += 1;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    };
  const person = (userId: string, roles: Role[]) => persistent(callerAs(system, userId, roles));

  it('loses nothing and doubles nothing', { timeout: 3_600_000 }, async () => {
    const lead = person('lead-1', ['lead-inspector']);
    const assessors = new Map(PEOPLE.map(([userId, role]) => [userId, person(userId, [role])]));
    const random = seededRandom(SEED);
    const kills = new Map<Target, number>();
    let running = true;
    const chaos = (async () => {
      while (running) {
        const [low, high] = KILL_EVERY_MS;
        await new Promise((resolve) => setTimeout(resolve, low + random() * (high - low)));
        if (!running) break;
        const target = TARGETS[Math.floor(random() * TARGETS.length)]!;
        system.kill(target);
        kills.set(target, (kills.get(target) ?? 0) + 1);
      }
    })();

    /**
     * A lead's decision until it shows as done: a 202 is followed to its Location; an answer that was lost
     * or refused as already done (409) is checked with `done` before the decision is sent again.
     */
    const decide = async (what: string, send: () => Promise<ApiResponse>, done: () => Promise<boolean>) => {
      const deadline = Date.now() + PATIENCE_MS;
      for (;;) {
        let answer = await send();
        if (answer.status === 202) {
          const location = answer.body.error.details.location as string;
          answer = await eventually(
            `${what} carried out`,
            async () => {
              const poll = await lead('GET', location);
              return poll.status === 202 ? undefined : poll;
            },
            SETTLE,
          );
        }
        if (answer.status === 200 || (await done())) return;
        if (Date.now() > deadline)
          throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };

    const started = performance.now();
    const run = async (index: number) => {
      const created = await lead('POST', '/api/inspections', inspectionBody(FIELDWORK_START, CASES));
      expect([201, 202], JSON.stringify(created.body)).toContain(created.status);
      const id = created.body.id as string;
      const at = (path: string) => `/api/inspections/${id}${path}`;
      const read = async (path: string) => (await lead('GET', at(path))).body;
      await eventually(
        'the inspection stored',
        async () => ((await lead('GET', at(''))).status === 200 ? true : undefined),
        SETTLE,
      );
      const members = PEOPLE.map(([userId, role]) => ({ userId, role }));
      await decide(
        'team',
        () => lead('PUT', at('/team'), { members }),
        async () => (await read('/team')).members?.length === PEOPLE.length + 1,
      );
      await decide(
        'long list',
        () => lead('POST', at('/long-list'), longListCsv(FIELDWORK_START, 40)),
        async () => (await read('')).workflow?.phase !== 'set-up',
      );
      await decide(
        'draw',
        () => lead('POST', at('/sample'), { seed: `fault-${SEED}-${index}` }),
        async () => (await lead('GET', at('/sample'))).status === 200,
      );
      await decide(
        'confirm',
        () => lead('POST', at('/sample/confirm')),
        async () => (await read('/sample')).confirmed === true,
      );
      await eventually(
        'every case task',
        async () => ((await read('/progress')).totals?.cases === CASES ? true : undefined),
        SETTLE,
      );
      await decide(
        'assign',
        () => lead('POST', at('/assignments'), { mode: 'auto' }),
        async () => ((await read('/progress')).totals?.byState?.unassigned ?? 0) === 0,
      );
      const tasks = await eventually(
        'every task assigned in fieldwork',
        async () => {
          const found = await fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
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
        const draft = await call('PUT', `${path}/draft`, { ...firstDraft(), answers });
        // A save whose answer was lost and is sent again finds version 1 stored: 409, the same answers.
        expect([200, 409], JSON.stringify(draft.body)).toContain(draft.status);
        saved.set(task.id, answers);
        const interview = { date: '2026-12-08', withWhom: 'case manager', notes: 'Plan.' };
        expect((await call('PUT', `${path}/interview`, interview)).status).toBe(200);
        await eventually(
          'the submission taken',
          async () => {
            const submitted = await call('POST', `${path}/submit`, { version: 1 });
            if (submitted.status === 200) return true;
            return (await call('GET', path)).body.state === 'submitted' ? true : undefined;
          },
          SETTLE,
        );
      }
      return { id, saved };
    };

    const fieldworkDb = createFieldworkDb(system.env.DATABASE_URL);
    const inspectionDb = createInspectionDb(system.env.DATABASE_URL);
    const connection = await Connection.connect({ address: system.env.TEMPORAL_ADDRESS });
    const temporal = new Client({
      connection,
      namespace: system.env.TEMPORAL_NAMESPACE,
      dataConverter: encryptedDataConverter(system.env.YJI_PAYLOAD_KEYS),
    });
    try {
      const runs = await Promise.all(Array.from({ length: INSPECTIONS }, (_, index) => run(index))).finally(
        async () => {
          running = false;
          await chaos;
        },
      );
      for (const { id, saved } of runs) {
        await eventually(
          'every case to show submitted',
          async () =>
            (await lead('GET', `/api/inspections/${id}/progress`)).body.totals?.allSubmitted
              ? true
              : undefined,
          SETTLE,
        );
        const sampled = await inspectionDb.sampledCase.findMany({ where: { inspectionId: id } });
        const tasks = await fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
        expect(tasks).toHaveLength(CASES);
        expect(new Map(tasks.map((task) => [task.caseRef, task.id]))).toEqual(
          new Map(sampled.map((entry) => [entry.caseRef, entry.taskId])),
        );
        for (const task of tasks) {
          expect(task.state).toBe('submitted');
          expect(task.answers).toEqual(saved.get(task.id));
        }
        expect((await temporal.workflow.count(`ParentWorkflowId = '${id}'`)).count).toBe(CASES);
        const submittedFacts = await fieldworkDb.outboxMessage.findMany({
          where: { subject: taskSubmitted.subject, payload: { path: ['inspectionId'], equals: id } },
        });
        expect(submittedFacts.map((row) => (row.payload as Json).taskId).sort()).toEqual(
          tasks.map((task) => task.id).sort(),
        );
      }
    } finally {
      await connection.close();
      await fieldworkDb.$disconnect();
      await inspectionDb.$disconnect();
    }
    const killed = [...kills].map(([target, count]) => `${target} ${count}`).join(', ');
    console.info(
      `fault run, every process (seed ${SEED}): kills survived: ${killed}; restarts seen: ` +
        `${[...system.restarts()].map(([target, count]) => `${target} ${count}`).join(', ')}; ` +
        `${retried} requests tried again; ${INSPECTIONS} inspections, ${INSPECTIONS * CASES} cases, ` +
        `all submitted once; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    expect(kills.size).toBeGreaterThan(0);
  });
});
