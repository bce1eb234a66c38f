// A write racing the retention purge (docs/retention.md), against real PostgreSQL and NATS: the purge is held
// open part way (this test locks the row of an alert the purge changes late, after the tasks, interviews,
// flags, versions and review entries), a write carrying a mark is sent, and once it has finished or waits on
// a lock the purge goes on and commits. The write is refused inspection-purged, and no row keeps the mark:
// it did not slip in behind the purge because it checked before the purge committed.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTask, purgeFieldworkCases } from '@yji/contracts';
import { whileThePurgeRuns as whileHeld } from '@yji/db/testing';
import { CommandError, sendCommand } from '@yji/messaging';
import { COURT_FACTS, useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { inspectionWithQaSettings } from './qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { inspector, lead } = SERVICE_CALLERS;
const ALERT = {
  concerns: ['harm-from-others'],
  atRisk: ['this-child'],
  urgency: 'immediate',
  seen: 'Seen on the case file',
  done: 'Told the case manager',
  forwardedBy: 'telephone',
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ids of what `caseWithAlert` sets up. */
interface CaseWithAlert {
  inspectionId: string;
  taskId: string;
  alertId: string;
}

describe('a write racing the retention purge', () => {
  const fieldwork = useFieldworkUnderTest();

  /** An inspection with the inspector's task, and an alert on it whose row can hold the purge open. */
  async function caseWithAlert(): Promise<CaseWithAlert> {
    const inspectionId = await inspectionWithQaSettings(
      fieldwork(),
      [
        [inspector.userId, 'inspector'],
        [lead.userId, 'lead-inspector'],
      ],
      { policy: { seed: 'purge-race' } },
    );
    const { taskId } = await fieldwork().assignedTask(inspector.userId, { inspectionId });
    const raised = await fieldwork().call(inspector, 'POST', `/api/fieldwork/tasks/${taskId}/alerts`, ALERT);
    expect(raised.status).toBe(201);
    return { inspectionId, taskId, alertId: raised.body?.alertId as string };
  }

  /**
   * What `write` answered or threw, sent while the case's inspection's purge is under way: held open on its
   * alert's row until the write has finished or waits on a lock, then let through to commit.
   */
  const whileThePurgeRuns = <T>({ inspectionId, alertId }: CaseWithAlert, write: () => Promise<T>) =>
    whileHeld(
      fieldwork().db,
      {
        holdRow: 'SELECT 1 FROM "SafeguardingAlert" WHERE id = $1::uuid FOR UPDATE',
        rowId: alertId,
        purge: () => sendCommand(fieldwork().nc, purgeFieldworkCases, { inspectionId }),
      },
      () =>
        write().then(
          (answer) => ({ answer, error: undefined }),
          (error: unknown) => ({ answer: undefined, error }),
        ),
    );

  /** The fieldwork tables' rows whose text holds `mark`, by table. */
  async function rowsHolding(mark: string) {
    const tables = await fieldwork().db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const found: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await fieldwork().db.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${name}" AS t WHERE t::text LIKE '%' || $1 || '%'`,
        mark,
      );
      if (row!.count > 0) found[name] = row!.count;
    }
    return found;
  }

  /** What `write`, carrying a mark of its own, answered or threw while the purge ran; no row keeps the mark. */
  async function markedWhileThePurgeRuns<T>(onCase: CaseWithAlert, write: (mark: string) => Promise<T>) {
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    const outcome = await whileThePurgeRuns(onCase, () => write(mark));
    expect(await rowsHolding(mark)).toEqual({});
    return outcome;
  }

  it.each([
    {
      write: 'an alert raised meanwhile',
      method: 'POST',
      path: 'alerts',
      body: (mark: string) => ({ ...ALERT, seen: mark }),
    },
    {
      write: 'an interview recorded meanwhile (it waited for the task the purge holds)',
      method: 'PUT',
      path: 'interview',
      body: (mark: string) => ({ date: '2026-12-08', withWhom: 'parent', notes: mark }),
    },
    {
      write: 'a draft saved meanwhile (one statement, no retention lock)',
      method: 'PUT',
      path: 'draft',
      body: (mark: string) => ({ version: 0, answers: {}, rationale: { A1: mark } }),
    },
  ])('refuses $write, and keeps none of it', async ({ method, path, body }) => {
    const onCase = await caseWithAlert();
    const { answer } = await markedWhileThePurgeRuns(onCase, (mark) =>
      fieldwork().call(inspector, method, `/api/fieldwork/tasks/${onCase.taskId}/${path}`, body(mark)),
    );
    expect([answer?.status, answer?.body?.error?.code]).toEqual([409, 'inspection-purged']);
  });

  it('refuses an action on an alert meanwhile, and keeps none of it', async () => {
    const onCase = await caseWithAlert();
    const alert = `/api/fieldwork/alerts/${onCase.alertId}`;
    expect((await fieldwork().call(lead, 'POST', `${alert}/acknowledge`)).status).toBe(200);
    const { answer } = await markedWhileThePurgeRuns(onCase, (mark) =>
      fieldwork().call(lead, 'POST', `${alert}/actions`, { action: mark }),
    );
    expect([answer?.status, answer?.body?.error?.code]).toEqual([409, 'inspection-purged']);
  });

  it('refuses the command creating a task meanwhile, and keeps none of its facts', async () => {
    const onCase = await caseWithAlert();
    const { error } = await markedWhileThePurgeRuns(onCase, (mark) =>
      sendCommand(fieldwork().nc, createTask, {
        taskId: randomUUID(),
        inspectionId: onCase.inspectionId,
        caseRef: 'C9999',
        frameworkId: 'd2-v6.5',
        facts: { ...COURT_FACTS, caseManager: mark },
      }),
    );
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('inspection-purged');
  });

  it('commits a purge held up longer than a transaction may run by default (5 s)', async () => {
    // A purge waits for the writers under way and removes a whole inspection's case data: it may take
    // minutes (contracts PURGE_WITHIN_MS). Cut off at Prisma's 5 s, it would fail at every retry.
    const onCase = await caseWithAlert();
    await whileThePurgeRuns(onCase, () => sleep(6_000));
    const [purged] = await fieldwork().db.$queryRawUnsafe<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM "RetentionPurge" WHERE "inspectionId" = $1::uuid',
      onCase.inspectionId,
    );
    expect(purged!.count).toBe(1);
  });
});
