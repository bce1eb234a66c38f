// What both fault runs do and check: several inspections taken from creation to every case submitted, as the
// lead inspector and the assessors do it over HTTP, then nothing lost or doubled. The people work as people
// do when something is down: a decision whose answer was lost, or refused as already made, is checked before
// it is sent again; a 202 is followed to its Location.
import { expect } from 'vitest';
import type { Client } from '@temporalio/client';
import { taskSubmitted, type Role } from '@yji/contracts';
import type { createDb as createFieldworkDb } from '@yji/fieldwork';
import type { createDb as createInspectionDb } from '@yji/inspection';
import {
  carriedOut,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  startInspection,
  submitCompleteCase,
  type ApiResponse,
  type Caller,
  type Json,
} from '../harness/index.ts';

/** After the last fault Temporal hands a dead worker's activities on once their 30 s timeout passes. */
export const SETTLE = { timeoutMs: 300_000, intervalMs: 1_000 };
/** A person gives up on one decision after this long (the system must be back well before). */
const PATIENCE_MS = 180_000;
export const PEOPLE: [string, Role][] = [
  ['inspector-1', 'inspector'],
  ['inspector-2', 'inspector'],
  ['assessor-1', 'local-assessor'],
];

export interface RunPeople {
  lead: Caller;
  assessors: Map<string, Caller>;
}

export interface RunStores {
  fieldworkDb: ReturnType<typeof createFieldworkDb>;
  inspectionDb: ReturnType<typeof createInspectionDb>;
  temporal: Client;
}

/** A lead's decision until it shows as done. */
async function decide(
  lead: Caller,
  what: string,
  send: () => Promise<ApiResponse>,
  done: () => Promise<boolean>,
) {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const answer = await carriedOut(lead, await send(), SETTLE);
    if (answer.status === 200 || (await done())) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/** One inspection from creation to every case submitted; answers its id and the answers saved per task. */
async function runInspection(
  { lead, assessors }: RunPeople,
  { fieldworkDb }: Pick<RunStores, 'fieldworkDb'>,
  { cases, seed }: { cases: number; seed: string },
) {
  const id = await startInspection(lead, inspectionBody(FIELDWORK_START_AHEAD, cases), SETTLE);
  const at = (path: string) => `/api/inspections/${id}${path}`;
  const read = async (path: string) => (await lead('GET', at(path))).body;
  const members = PEOPLE.map(([userId, role]) => ({ userId, role }));
  await decide(
    lead,
    'team',
    () => lead('PUT', at('/team'), { members }),
    async () => (await read('/team')).members?.length === PEOPLE.length + 1,
  );
  await decide(
    lead,
    'long list',
    () => lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40)),
    async () => (await read('')).workflow?.phase !== 'set-up',
  );
  await decide(
    lead,
    'draw',
    () => lead('POST', at('/sample'), { seed }),
    async () => (await lead('GET', at('/sample'))).status === 200,
  );
  await decide(
    lead,
    'confirm',
    () => lead('POST', at('/sample/confirm')),
    async () => (await read('/sample')).confirmed === true,
  );
  await eventually(
    'every case task',
    async () => ((await read('/progress')).totals?.cases === cases ? true : undefined),
    SETTLE,
  );
  await decide(
    lead,
    'assign',
    () => lead('POST', at('/assignments'), { mode: 'auto' }),
    async () => ((await read('/progress')).totals?.byState?.unassigned ?? 0) === 0,
  );
  const tasks = await eventually(
    'every task assigned in fieldwork',
    async () => {
      const found = await fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
      return found.length === cases && found.every((task) => task.state === 'assigned') ? found : undefined;
    },
    SETTLE,
  );
  const saved = new Map<string, Json>();
  for (const task of tasks) {
    const assessor = assessors.get(task.assigneeId!)!;
    saved.set(
      task.id,
      await submitCompleteCase(assessor, task.id, { polling: SETTLE, answersMayBeLost: true }),
    );
  }
  return { id, saved };
}

/** `count` inspections of `cases` cases each, side by side, while `faults` runs; faults stop when they end. */
export async function runInspections(
  people: RunPeople,
  stores: Pick<RunStores, 'fieldworkDb'>,
  {
    count,
    cases,
    seed,
    faults,
  }: { count: number; cases: number; seed: string; faults: (running: () => boolean) => Promise<void> },
) {
  let running = true;
  const chaos = faults(() => running);
  try {
    return await Promise.all(
      Array.from({ length: count }, (_, index) =>
        runInspection(people, stores, { cases, seed: `${seed}-${index}` }),
      ),
    );
  } finally {
    running = false;
    await chaos;
  }
}

/**
 * Nothing lost or doubled: every case shows submitted, has one task and one case workflow, keeps every
 * answer saved, and its "submitted" fact is stored once.
 */
export async function expectNothingLostOrDoubled(
  lead: Caller,
  { fieldworkDb, inspectionDb, temporal }: RunStores,
  runs: readonly { id: string; saved: Map<string, Json> }[],
  cases: number,
) {
  for (const { id, saved } of runs) {
    await eventually(
      'every case to show submitted',
      async () =>
        (await lead('GET', `/api/inspections/${id}/progress`)).body.totals?.allSubmitted ? true : undefined,
      SETTLE,
    );
    const sampled = await inspectionDb.sampledCase.findMany({ where: { inspectionId: id } });
    const tasks = await fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
    expect(tasks).toHaveLength(cases);
    expect(new Map(tasks.map((task) => [task.caseRef, task.id]))).toEqual(
      new Map(sampled.map((entry) => [entry.caseRef, entry.taskId])),
    );
    for (const task of tasks) {
      expect(task.state).toBe('submitted');
      expect(task.answers).toEqual(saved.get(task.id));
    }
    expect((await temporal.workflow.count(`ParentWorkflowId = '${id}'`)).count).toBe(cases);
    const submittedFacts = await fieldworkDb.outboxMessage.findMany({
      where: { subject: taskSubmitted.subject, payload: { path: ['inspectionId'], equals: id } },
    });
    expect(submittedFacts.map((row) => (row.payload as Json).taskId).sort()).toEqual(
      tasks.map((task) => task.id).sort(),
    );
  }
}

/** Waits a seeded random time in `[low, high]` ms. */
export const pause = (random: () => number, [low, high]: [number, number]) =>
  new Promise((resolve) => setTimeout(resolve, low + random() * (high - low)));
