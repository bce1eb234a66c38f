// The worker's activities against a busy service (services/worker/src/activities/send.ts): a command the
// fieldwork service answers service-busy is tried again by Temporal until it goes through, and a command it
// refuses is not tried again. The real worker and case assessment workflow, Temporal, NATS, and the
// fieldwork service with one database connection, which the test holds (as overload.test.ts does). The
// inspection service's only part, the case's long-list facts, is answered by a stand-in (as in
// case-workflow.test.ts, with the same answer).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { getCaseFacts, type CaseAssessmentInput, type CommandOutcome } from '@yji/contracts';
import { POOL_WAIT_MS } from '@yji/db';
import { startWorker, workerConfig } from '@yji/worker';
import { CASE_ASSESSMENT_WORKFLOW, caseAssessmentWorkflowId } from '@yji/workflows';
import { COURT_FACTS, fieldworkTestConfig, startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { connectTemporal } from '../../../tests/harness/temporal-client.ts';

let fieldwork: Awaited<ReturnType<typeof startFieldworkUnderTest>>;
let worker: Awaited<ReturnType<typeof startWorker>>;
let connection: Connection;
let temporal: Client;
let taskQueue: string;
let standInFacts: { unsubscribe(): void };
const started: WorkflowHandle[] = [];

beforeAll(async () => {
  // One connection, which the test holds.
  const config = { ...fieldworkTestConfig(), DATABASE_POOL_SIZE: 1 };
  taskQueue = config.TEMPORAL_TASK_QUEUE;
  fieldwork = await startFieldworkUnderTest(config);
  worker = await startWorker(workerConfig.parse(config));
  ({ connection, temporal } = await connectTemporal(config));
  const answer: CommandOutcome<unknown> = { ok: true, value: COURT_FACTS };
  standInFacts = fieldwork.nc.subscribe(getCaseFacts.subject, {
    callback: (_error, message) => void message.respond(JSON.stringify(answer)),
  });
});
afterAll(async () => {
  // A case left open would wait for its deadline on a task queue no worker polls any more.
  for (const handle of started) await handle.terminate('test finished').catch(() => {});
  standInFacts?.unsubscribe();
  await worker?.stop();
  await connection?.close();
  await fieldwork?.stop();
});

/** A case workflow, whose first activity (createCaseTask) sends create-task to the fieldwork service. */
async function startCase(frameworkId: string) {
  const input: CaseAssessmentInput = {
    taskId: randomUUID(),
    inspectionId: randomUUID(),
    caseRef: `CASE-${randomUUID().slice(0, 8)}`,
    frameworkId,
    reminderLeadMs: 24 * 60 * 60 * 1000,
  };
  const handle = await temporal.workflow.start(CASE_ASSESSMENT_WORKFLOW, {
    workflowId: caseAssessmentWorkflowId(input.taskId),
    taskQueue,
    args: [input],
  });
  started.push(handle);
  return { input, handle };
}

/**
 * How createCaseTask ended, from the workflow's history, once it has: the attempt that ended it (Temporal
 * records the start of an activity's last attempt only) with the failure before it, and its own failure.
 */
async function createCaseTaskOutcome(handle: WorkflowHandle) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const events = (await handle.fetchHistory()).events ?? [];
    const scheduled = events.find(
      (event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'createCaseTask',
    );
    const of = (id: unknown) => scheduled && String(id) === String(scheduled.eventId);
    const start = events.find((event) => of(event.activityTaskStartedEventAttributes?.scheduledEventId));
    const completed = events.some((event) =>
      of(event.activityTaskCompletedEventAttributes?.scheduledEventId),
    );
    const failed = events.find((event) => of(event.activityTaskFailedEventAttributes?.scheduledEventId));
    if (start && (completed || failed))
      return {
        attempt: start.activityTaskStartedEventAttributes!.attempt,
        lastFailure: start.activityTaskStartedEventAttributes!.lastFailure,
        completed,
        failure: failed?.activityTaskFailedEventAttributes?.failure,
      };
    if (Date.now() > deadline) throw new Error('createCaseTask did not end');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('retries a command answered service-busy until the service takes it, and it takes effect once', async () => {
  // A Prisma query runs once it is awaited or then-ed: then-ed here, so the connection is held from now,
  // past the pool's wait, so the first create-task is answered service-busy.
  const holding = fieldwork.db
    .$queryRawUnsafe(`SELECT pg_sleep(${(POOL_WAIT_MS + 2000) / 1000})::text`)
    .then(() => 'released');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const { input, handle } = await startCase('d2-v6.5');
  await holding;

  const outcome = await createCaseTaskOutcome(handle);
  expect(outcome.completed).toBe(true);
  expect(outcome.attempt).toBeGreaterThan(1);
  // The attempt before failed retryably, as the command's refusal (its reason is encrypted in the history).
  expect(outcome.lastFailure?.applicationFailureInfo).toMatchObject({
    type: 'CommandError',
    nonRetryable: false,
  });
  const task = await fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } });
  expect(task?.caseRef).toBe(input.caseRef);
  const created = await fieldwork.db.auditEntry.count({
    where: { entityId: input.taskId, action: 'task.created' },
  });
  expect(created).toBe(1);
}, 90_000);

it('does not retry a command the service refuses', async () => {
  const { input, handle } = await startCase('no-such-framework');

  const outcome = await createCaseTaskOutcome(handle);
  expect(outcome.completed).toBe(false);
  expect(outcome.attempt).toBe(1);
  expect(outcome.failure?.applicationFailureInfo).toMatchObject({
    type: 'CommandRejected',
    nonRetryable: true,
  });
  expect(await fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } })).toBeNull();
}, 60_000);
