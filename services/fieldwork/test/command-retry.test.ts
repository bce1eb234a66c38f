// The worker's activities against a busy service (services/worker/src/activities/send.ts): a command the
// fieldwork service answers service-busy is tried again by Temporal until it goes through, and a command it
// refuses is not tried again. The real worker and case assessment workflow, Temporal, NATS, and the
// fieldwork service with one database connection, which the test holds (as overload.test.ts does). The
// inspection service's only part, the case's long-list facts, is answered by a stand-in
// (case-workflow-under-test.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { POOL_WAIT_MS } from '@yji/db';
import { startCaseWorkflowsUnderTest } from './case-workflow-under-test.ts';
import { fieldworkTestConfig } from './fieldwork-under-test.ts';

let under: Awaited<ReturnType<typeof startCaseWorkflowsUnderTest>>;
// One database connection, which the test holds.
beforeAll(async () => {
  under = await startCaseWorkflowsUnderTest({ ...fieldworkTestConfig(), DATABASE_POOL_SIZE: 1 });
});
afterAll(() => under?.stop());

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
  const holding = under.fieldwork.db
    .$queryRawUnsafe(`SELECT pg_sleep(${(POOL_WAIT_MS + 2000) / 1000})::text`)
    .then(() => 'released');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const { input, handle } = await under.startCase();
  await holding;

  const outcome = await createCaseTaskOutcome(handle);
  expect(outcome.completed).toBe(true);
  expect(outcome.attempt).toBeGreaterThan(1);
  // The attempt before failed retryably, as the command's refusal (its reason is encrypted in the history).
  expect(outcome.lastFailure?.applicationFailureInfo).toMatchObject({
    type: 'CommandError',
    nonRetryable: false,
  });
  const task = await under.fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } });
  expect(task?.caseRef).toBe(input.caseRef);
  const created = await under.fieldwork.db.auditEntry.count({
    where: { entityId: input.taskId, action: 'task.created' },
  });
  expect(created).toBe(1);
}, 90_000);

it('does not retry a command the service refuses', async () => {
  const { input, handle } = await under.startCase({ frameworkId: 'no-such-framework' });

  const outcome = await createCaseTaskOutcome(handle);
  expect(outcome.completed).toBe(false);
  expect(outcome.attempt).toBe(1);
  expect(outcome.failure?.applicationFailureInfo).toMatchObject({
    type: 'CommandRejected',
    nonRetryable: true,
  });
  expect(await under.fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } })).toBeNull();
}, 60_000);
