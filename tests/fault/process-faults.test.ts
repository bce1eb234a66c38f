// The fault run with every process as a target (`FAULT_TARGETS=all pnpm --filter @yji/tests fault`; FAULT_SEED,
// FAULT_INSPECTIONS, FAULT_CASES): several inspections go from creation to every case submitted while, at
// seeded random moments, one of the run's own NATS server, its Temporal server, a service or the worker is
// SIGKILLed and started again by its supervisor (harness/process-system.ts). The people try again what got no
// answer or a 5xx, as people do. Then nothing may be lost or doubled (inspection-run.ts). PostgreSQL is not
// killed: it is shared by every test on the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import type { Role } from '@yji/contracts';
import { createDb as createFieldworkDb } from '@yji/fieldwork';
import { createDb as createInspectionDb } from '@yji/inspection';
import { encryptedDataConverter } from '@yji/workflows';
import { callerAs, type Caller } from '../harness/index.ts';
import { seededRandom } from '../hostile/plan.ts';
import { expectNothingLostOrDoubled, pause, PEOPLE, runInspections } from './inspection-run.ts';
import {
  SERVICES,
  startSupervisedSystem,
  type SupervisedSystem,
  type Target,
} from '../harness/process-system.ts';

const SEED = Number(process.env.FAULT_SEED ?? 29);
const INSPECTIONS = Number(process.env.FAULT_INSPECTIONS ?? 4);
const CASES = Number(process.env.FAULT_CASES ?? 6);
const TARGETS: readonly Target[] = ['nats', 'temporal', 'worker', ...SERVICES];
const KILL_EVERY_MS: [number, number] = [1_500, 5_000];
/** A person gives up on one request after this long (the system must be back well before). */
const PATIENCE_MS = 180_000;

const describeIf = process.env.FAULT_TARGETS === 'all' ? describe : describe.skip;

describeIf('every process killed at random during several inspections', () => {
  let system: SupervisedSystem;
  let retried = 0;
  beforeAll(async () => {
    system = await startSupervisedSystem({ name: 'yji-fault' });
  }, 300_000);
  afterAll(async () => {
    await system?.stop();
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
    const connection = await Connection.connect({ address: system.env.TEMPORAL_ADDRESS });
    const stores = {
      fieldworkDb: createFieldworkDb(system.env.DATABASE_URL),
      inspectionDb: createInspectionDb(system.env.DATABASE_URL),
      temporal: new Client({
        connection,
        namespace: system.env.TEMPORAL_NAMESPACE,
        dataConverter: encryptedDataConverter(system.env.YJI_PAYLOAD_KEYS),
      }),
    };
    const started = performance.now();
    try {
      const runs = await runInspections({ lead, assessors }, stores, {
        count: INSPECTIONS,
        cases: CASES,
        seed: `fault-all-${SEED}`,
        faults: async (running) => {
          while (running()) {
            await pause(random, KILL_EVERY_MS);
            if (!running()) break;
            const target = TARGETS[Math.floor(random() * TARGETS.length)]!;
            system.kill(target);
            kills.set(target, (kills.get(target) ?? 0) + 1);
          }
        },
      });
      await expectNothingLostOrDoubled(lead, stores, runs, CASES);
    } finally {
      await connection.close();
      await stores.fieldworkDb.$disconnect();
      await stores.inspectionDb.$disconnect();
    }
    const figures = (counts: Map<Target, number>) =>
      [...counts].map(([target, count]) => `${target} ${count}`).join(', ');
    console.info(
      `fault run, every process (seed ${SEED}): kills survived: ${figures(kills)}; restarts seen: ` +
        `${figures(system.restarts())}; ${retried} requests tried again; ${INSPECTIONS} inspections, ` +
        `${INSPECTIONS * CASES} cases, all submitted once; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    expect(kills.size).toBeGreaterThan(0);
  });
});
