// A claimed review's deadlines through the real review deadline workflow and worker, with the times cut to
// seconds: a claim left alone reminds its reviewer and then tells the lead inspector (the review's timeline,
// the events, the reviewer's queue and the lead's QA progress), once each; claimed again, the review starts
// afresh; the timers a claim that never committed left running give way to the next claim's; a claim that
// moves on (approved) before its deadline ends the workflow silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { reviewOverdue, reviewReminderDue } from '@yji/contracts';
import { reviewDeadlineDelays } from '@yji/domain';
import { REVIEW_DEADLINE_WORKFLOW, reviewDeadlineWorkflowId } from '@yji/workflows';
import { fieldworkTestConfig, startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { qaUnderTest } from './qa-under-test.ts';
import { startWorkflowsUnderTest } from '../../../tests/harness/workflows-under-test.ts';

const qa1 = { userId: 'qa-1', roles: ['qa-reviewer'] } as const;
const lead1 = { userId: 'lead-1', roles: ['lead-inspector'] } as const;
type Json = Record<string, unknown> & { version?: number };
const EVERY_CASE = { shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 0 };
/** The deadlines cut to seconds (QA_REVIEW_REMIND_AFTER_MS, QA_REVIEW_ESCALATE_AFTER_MS). */
const DEADLINES = { remindAfterMs: 1_500, escalateAfterMs: 3_000 };

describe('review deadlines', () => {
  let fieldwork: Awaited<ReturnType<typeof startFieldworkUnderTest>>;
  let temporal: Client;
  let stopWorkflows: (() => Promise<void>) | undefined;
  let taskQueue: string;

  beforeAll(async () => {
    const config = {
      ...fieldworkTestConfig(),
      QA_REVIEW_REMIND_AFTER_MS: DEADLINES.remindAfterMs,
      QA_REVIEW_ESCALATE_AFTER_MS: DEADLINES.escalateAfterMs,
    };
    taskQueue = config.TEMPORAL_TASK_QUEUE;
    fieldwork = await startFieldworkUnderTest(config);
    ({ temporal, stop: stopWorkflows } = await startWorkflowsUnderTest(config));
  });
  afterAll(async () => {
    await stopWorkflows?.();
    await fieldwork?.stop();
  });

  const claim = async (taskId: string) =>
    (await fieldwork.call(qa1, 'POST', `/api/fieldwork/reviews/${taskId}/claim`, { version: 0 })).body
      ?.version as number;
  const outbox = (subject: string, taskId: string) =>
    fieldwork.db.outboxMessage.findMany({
      where: { subject, payload: { path: ['taskId'], equals: taskId } },
    });

  it(
    'reminds the reviewer, then tells the lead inspector, once each, while the claim stands',
    { timeout: 60_000 },
    async () => {
      const { inspection, submitted } = qaUnderTest(fieldwork);
      const { taskId } = await submitted(await inspection(EVERY_CASE));
      const claimVersion = await claim(taskId);
      const result = await temporal.workflow
        .getHandle(reviewDeadlineWorkflowId(taskId, claimVersion))
        .result();
      expect(result).toBe('overdue');
      const timeline = await fieldwork.db.reviewEntry.findMany({ where: { taskId }, orderBy: { at: 'asc' } });
      expect(timeline.map((entry) => entry.move)).toEqual([
        'route',
        'start-review',
        'reminder-due',
        'overdue',
      ]);
      expect(await outbox(reviewReminderDue.subject, taskId)).toHaveLength(1);
      const [overdue] = await outbox(reviewOverdue.subject, taskId);
      expect(overdue?.payload).toMatchObject({ taskId, reviewerId: 'qa-1' });

      const queued = async () =>
        ((await fieldwork.call(qa1, 'GET', '/api/fieldwork/reviews')).body?.reviews as Json[]).find(
          (review) => review.taskId === taskId,
        )!;
      const late = await queued();
      expect(late.deadline).toBe('overdue');
      // When it was due, and when its reviewer was reminded: the claim plus the delays configured above.
      const { claimedAt } = await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } });
      const delays = reviewDeadlineDelays(claimedAt!, DEADLINES);
      expect(late).toMatchObject({
        remindAt: new Date(claimedAt!.getTime() + delays.remindAfterMs).toISOString(),
        dueAt: new Date(claimedAt!.getTime() + delays.escalateAfterMs).toISOString(),
      });
      const { inspectionId } = late as { inspectionId: string };
      const progress = await fieldwork.call(
        lead1,
        'GET',
        `/api/fieldwork/inspections/${inspectionId}/qa-progress`,
      );
      const cases = progress.body?.cases as Json[];
      expect(cases.find((entry) => entry.taskId === taskId)).toMatchObject({ reviewDeadline: 'overdue' });

      // Released and claimed again: the new claim's deadlines are still to come.
      const released = await fieldwork.call(qa1, 'POST', `/api/fieldwork/reviews/${taskId}/release`, {
        version: late.version,
      });
      expect(released.status).toBe(200);
      const reclaimed = await fieldwork.call(qa1, 'POST', `/api/fieldwork/reviews/${taskId}/claim`, {
        version: released.body?.version,
      });
      expect(reclaimed.status).toBe(200);
      expect((await queued()).deadline).toBeNull();
    },
  );

  it('replaces the timers a claim that never committed left running, rather than refusing every claim after', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork);
    const { taskId } = await submitted(await inspection(EVERY_CASE));
    // As a claim whose transaction rolled back after its workflow started: the review still at version 0,
    // and a deadline workflow for the claim that would have made version 1, asleep for an hour.
    const orphan = await temporal.workflow.start(REVIEW_DEADLINE_WORKFLOW, {
      workflowId: reviewDeadlineWorkflowId(taskId, 1),
      taskQueue,
      args: [{ taskId, claimVersion: 1, remindAfterMs: 3_600_000, escalateAfterMs: 7_200_000 }],
    });
    expect(await claim(taskId)).toBe(1);
    const current = await temporal.workflow.getHandle(reviewDeadlineWorkflowId(taskId, 1)).describe();
    expect(current.runId).not.toBe(orphan.firstExecutionRunId);
    const orphanRun = temporal.workflow.getHandle(orphan.workflowId, orphan.firstExecutionRunId);
    expect((await orphanRun.describe()).status.name).toBe('TERMINATED');
  });

  it('ends without a word when the review moves on before its deadline', { timeout: 60_000 }, async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork);
    const { taskId } = await submitted(await inspection(EVERY_CASE));
    const claimVersion = await claim(taskId);
    const approved = await fieldwork.call(qa1, 'POST', `/api/fieldwork/reviews/${taskId}/approve`, {
      version: claimVersion,
    });
    expect(approved.status).toBe(200);
    const result = await temporal.workflow.getHandle(reviewDeadlineWorkflowId(taskId, claimVersion)).result();
    expect(result).toBe('moved-on');
    expect(await outbox(reviewReminderDue.subject, taskId)).toHaveLength(0);
  });
});
