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
 * How createCaseTask ended, from the workflow's history, once it has: whether it completed, the attempt that
 * ended it (Temporal records the start of an activity's last attempt only), and the failure that matters: its
 * own if it failed, else the one before its last attempt (its reason is encrypted in the history: the kind).
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
    if (start && (completed || failed)) {
      const failure = failed
        ? failed.activityTaskFailedEventAttributes?.failure
        : start.activityTaskStartedEventAttributes!.lastFailure;
      const { type, nonRetryable } = failure?.applicationFailureInfo ?? {};
      return { completed, attempt: start.activityTaskStartedEventAttributes!.attempt, type, nonRetryable };
    }
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

  // The attempt before failed retryably, as the command's refusal.
  const { attempt, ...outcome } = await createCaseTaskOutcome(handle);
  expect(outcome).toEqual({ completed: true, type: 'CommandError', nonRetryable: false });
  expect(attempt).toBeGreaterThan(1);
  const task = await under.fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } });
  expect(task?.caseRef).toBe(input.caseRef);
  const created = await under.fieldwork.db.auditEntry.count({
    where: { entityId: input.taskId, action: 'task.created' },
  });
  expect(created).toBe(1);
}, 90_000);

it('does not retry a command the service refuses', async () => {
  const { input, handle } = await under.startCase({ frameworkId: 'no-such-framework' });

  expect(await createCaseTaskOutcome(handle)).toEqual({
    completed: false,
    attempt: 1,
    type: 'CommandRejected',
    nonRetryable: true,
  });
  expect(await under.fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } })).toBeNull();
}, 60_000);
