// The review deadline workflow on the real Temporal server, with a stand-in activity: the lead inspector hears
// the review is overdue the set time after the claim, however long recording the reminder took (its activity
// retries while the fieldwork service is down); and the recorded history replays.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REVIEW_DEADLINE_WORKFLOW } from '../src/index.ts';
import type { ReviewDeadlineActivities } from '../src/index.ts';
import type { ReviewDeadlineWorkflow } from '../src/workflows.ts';
import { sleep, workflowTestKit } from './workflow-kit.ts';
import './provided.ts';

const kit = workflowTestKit();

/** A timer's duration as Temporal records it ("2.5s"), in milliseconds. */
const durationMs = (recorded: unknown) => {
  const { seconds = 0, nanos = 0 } = recorded as {
    seconds?: number | { toNumber(): number };
    nanos?: number;
  };
  return (typeof seconds === 'number' ? seconds : seconds.toNumber()) * 1000 + nanos / 1e6;
};

describe('ReviewDeadlineWorkflow', () => {
  it('tells the lead the review is overdue counted from the claim, not from when the reminder was recorded', async () => {
    const recorded: string[] = [];
    const activities: ReviewDeadlineActivities = {
      recordReviewDeadline: async (_taskId, kind) => {
        recorded.push(kind);
        // The fieldwork service was down at the reminder: its recording took a while.
        if (kind === 'reminder') await sleep(1_500);
        return { recorded: true, stillClaimed: true };
      },
    };
    await kit.run(activities, async (run) => {
      const handle = await run.start<typeof ReviewDeadlineWorkflow>(REVIEW_DEADLINE_WORKFLOW, {
        workflowId: `review-deadline-${randomUUID()}`,
        args: [{ taskId: randomUUID(), claimVersion: 1, remindAfterMs: 500, escalateAfterMs: 3_000 }],
      });
      expect(await handle.result()).toBe('overdue');
      expect(recorded).toEqual(['reminder', 'overdue']);
      const { events } = await handle.fetchHistory();
      const timers = (events ?? [])
        .filter((event) => event.timerStartedEventAttributes)
        .map((event) => durationMs(event.timerStartedEventAttributes!.startToFireTimeout));
      expect(timers[0]).toBe(500);
      // Due 3 s after the claim: the 1.5 s the reminder took is not waited again on top.
      expect(timers[1]).toBeLessThanOrEqual(3_000 - 500 - 1_500);
      await run.replay(handle);
    });
  });
});
