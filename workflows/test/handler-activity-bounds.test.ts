// An activity called from a decision (the lead's, the panel's) retries for a bounded time only
// (src/handler-activities.ts): one whose service keeps failing (`internal`, which the worker retries) ends its
// decision with a refusal that says so, and the decisions queued behind it go on. The workflows' own path stays unbounded. The bounds here are a
// hundredth of the real ones (test/shortened-activity-bounds.ts): five minutes become three seconds.
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ApplicationFailure } from '@temporalio/common';
import {
  approveRatingsUpdate,
  decideStandardUpdate,
  excludeCaseUpdate,
  inspectionStateQuery,
  ratingsPanelStateQuery,
  reassignCaseUpdate,
} from '../src/index.ts';
import { GAVE_UP_REASON } from '../src/handler-activities.ts';
import { caseActivityStubs, inspectionActivityStubs, ratingsPanelActivityStubs } from './stub-activities.ts';
import { actor, inFieldwork, lead, startInspection, startRatingsPanel } from './inspection-fixtures.ts';
import { refusalOf } from './update-refusal.ts';
import { eventually, workflowTestKit } from './workflow-kit.ts';

const kit = workflowTestKit({
  interceptorModules: [fileURLToPath(new URL('./shortened-activity-bounds.ts', import.meta.url))],
});

/** What the worker's activity throws when the service answers `internal` (send.ts): retried. */
const internal = () => ({
  refuse: ApplicationFailure.retryable('something went wrong; it has been logged', 'CommandError'),
});

/** How long a test waits for a decision before it calls it stuck: the bound (3 s) and time to spare. */
const STUCK_AFTER_MS = 20_000;

const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<'still waiting'>((resolve) => setTimeout(resolve, ms, 'still waiting')),
  ]);

it("a decision whose service keeps failing is refused at its activity's bound, and the next decision goes on", async () => {
  const inspection = inspectionActivityStubs({
    reassignCase: ({ assigneeId }) => (assigneeId === 'inspector-2' ? internal() : undefined),
  });
  await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
    const handle = await inFieldwork(run);
    const reassignment = refusalOf(
      handle.executeUpdate(reassignCaseUpdate, {
        args: [{ actor: lead, caseRef: 'C0001', assigneeId: 'inspector-2' }],
      }),
    );
    // Sent while the reassignment retries: it waits its turn.
    const exclusion = handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: 'C0002', reason: 'custody transfer' }],
    });
    expect(await settledWithin(reassignment, STUCK_AFTER_MS)).toEqual({
      code: 'not-allowed-now',
      reason: GAVE_UP_REASON,
    });
    expect((await settledWithin(exclusion, STUCK_AFTER_MS)) !== 'still waiting').toBe(true);
  });
});

it("an exclusion whose case cannot be withdrawn (the service keeps failing) is refused, in the case's words", async () => {
  const inspection = inspectionActivityStubs();
  const cases = caseActivityStubs({ withdrawCaseTask: internal });
  await kit.run({ ...inspection.activities, ...cases.activities }, async (run) => {
    const handle = await inFieldwork(run);
    const exclusion = refusalOf(
      handle.executeUpdate(excludeCaseUpdate, {
        args: [{ actor: lead, caseRef: 'C0001', reason: 'custody transfer' }],
      }),
    );
    expect(await settledWithin(exclusion, STUCK_AFTER_MS)).toEqual({
      code: 'not-allowed-now',
      reason: GAVE_UP_REASON,
    });
    expect(inspection.called('excludeCase')).toEqual([]);
  });
});

it("a panel decision whose service keeps failing is refused at its bound, and the chair's approval goes on", async () => {
  const { activities } = ratingsPanelActivityStubs({ recordDecision: internal });
  await kit.run(activities, async (run) => {
    const handle = await startRatingsPanel(run);
    await eventually(async () => ((await handle.query(ratingsPanelStateQuery)).opened ? true : null));
    const chair = actor('chair-1', 'panel-chair');
    const decision = refusalOf(
      handle.executeUpdate(decideStandardUpdate, {
        args: [{ actor: chair, decision: { standardId: '1.2', decision: 'confirm' }, version: 0 }],
      }),
    );
    // Sent while the decision retries: it waits its turn.
    const approval = handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: chair }] });
    expect(await settledWithin(decision, STUCK_AFTER_MS)).toEqual({
      code: 'not-allowed-now',
      reason: GAVE_UP_REASON,
    });
    expect((await settledWithin(approval, STUCK_AFTER_MS)) !== 'still waiting').toBe(true);
  });
});

it("the workflow's own path is not bounded: the inspection is recorded once its service answers", async () => {
  let attempts = 0;
  // Three failures take 1 + 2 + 4 seconds of backoff: past the (shortened) bound of a decision's activity.
  const inspection = inspectionActivityStubs({
    recordInspection: () => (++attempts <= 3 ? internal() : undefined),
  });
  await kit.run(inspection.activities, async (run) => {
    const handle = await startInspection(run);
    expect((await handle.query(inspectionStateQuery)).recorded).toBe(true);
    expect(attempts).toBe(4);
  });
});
