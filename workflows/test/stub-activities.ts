// Stand-ins for the activities (the worker's real ones send NATS commands to the services): each records
// its calls and answers at once, unless a test makes it wait or refuse, the way the worker's activities
// refuse when a service refuses a command (a non-retryable CommandRejected failure).
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { ConfirmedCase, SampleCounts } from '@yji/contracts';
import type {
  CaseAssessmentActivities,
  InspectionActivities,
  PublicationActivities,
  RatingsPanelActivities,
} from '../src/index.ts';
import { sleep } from './workflow-kit.ts';

/** A command the service refused, as services/worker/src/activities/send.ts fails its activity. */
export const commandRejected = (code: string, message: string) =>
  ApplicationFailure.nonRetryable(message, 'CommandRejected', { code });

type Outcome = { delayMs?: number; refuse?: ApplicationFailure } | undefined;
/** What each stubbed activity does with its arguments before it answers: wait, or refuse. */
type Behaviours<A> = {
  [K in keyof A]?: A[K] extends (...args: infer P) => unknown ? (...args: P) => Outcome : never;
};

/** Wraps `answers`: records each call, then waits or refuses as `behaviour` says, then answers. */
function stubs<A extends object>(answers: A, behaviour: Behaviours<A>) {
  const calls: { name: keyof A; args: unknown[] }[] = [];
  const activities = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [
      name,
      async (...args: unknown[]) => {
        const outcome = (behaviour[name as keyof A] as ((...a: unknown[]) => Outcome) | undefined)?.(...args);
        if (outcome?.delayMs) await sleep(outcome.delayMs);
        if (outcome?.refuse) throw outcome.refuse;
        calls.push({ name: name as keyof A, args });
        return (answer as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as A;
  return { activities, calls, called: (name: keyof A) => calls.filter((call) => call.name === name) };
}

export function caseActivityStubs(behaviour: Behaviours<CaseAssessmentActivities> = {}) {
  const answers: CaseAssessmentActivities = {
    createCaseTask: async () => {},
    assignCaseTask: async () => {},
    lockSubmittedTask: async () => {},
    withdrawCaseTask: async () => {},
    recordDeadlineEvent: async () => {},
  };
  return stubs(answers, behaviour);
}

const counts = (excluded = 0): SampleCounts => ({
  seed: 'seed-1',
  selected: 3,
  reserve: 2 - excluded,
  ineligible: 0,
  excluded,
  custody: 0,
});

/**
 * The inspection service as the workflow sees it: a long list of 20 rows, a sample of `sampleSize` cases,
 * each excluded case replaced from the reserve (with a task once the sample is confirmed), and every
 * unassigned case planned for inspector-1.
 */
export function inspectionActivityStubs(
  behaviour: Behaviours<InspectionActivities> = {},
  { sampleSize = 3, reminderLeadMs = 24 * 60 * 60 * 1000 } = {},
) {
  const sample: ConfirmedCase[] = Array.from({ length: sampleSize }, (_, index) => ({
    caseRef: `C${String(index + 1).padStart(4, '0')}`,
    taskId: randomUUID(),
    frameworkId: 'd2-v6.5',
  }));
  let confirmed = false;
  let excluded = 0;
  /** Each excluded case's replacement: an exclusion asked for again is answered as it was. */
  const replacements = new Map<
    string,
    ConfirmedCase | { caseRef: string; taskId: null; frameworkId: string }
  >();
  const answers: InspectionActivities = {
    recordInspection: async () => {},
    activateLongList: async ({ longListId }) => ({ longListId, rows: 20 }),
    drawSample: async () => counts(),
    checkExclusion: async () => ({ accepted: true }),
    excludeCase: async ({ caseRef }) => {
      const before = replacements.get(caseRef);
      if (before) return { counts: counts(excluded), replacement: before };
      excluded += 1;
      const replacement = {
        caseRef: `R${String(excluded).padStart(4, '0')}`,
        taskId: confirmed ? randomUUID() : null,
        frameworkId: 'd2-v6.5',
      };
      replacements.set(caseRef, replacement);
      if (replacement.taskId) sample.push({ ...replacement, taskId: replacement.taskId });
      return { counts: counts(excluded), replacement };
    },
    confirmSample: async () => {
      confirmed = true;
      return { cases: [...sample], reminderLeadMs };
    },
    reassignCase: async ({ caseRef }) => ({
      taskId: sample.find((entry) => entry.caseRef === caseRef)!.taskId,
      dueAt: '2099-01-15T17:00:00.000Z',
    }),
    createSampleTasks: async (_inspectionId, cases) => cases.map(({ taskId }) => taskId),
    assignNewTasks: async ({ assignments }) => ({ taskIds: assignments.map(({ taskId }) => taskId) }),
    planAssignments: async () => ({
      assignments: sample.map(({ caseRef, taskId }) => ({
        caseRef,
        taskId,
        assigneeId: 'inspector-1',
        dueAt: '2099-01-15T17:00:00.000Z',
      })),
      unassigned: [],
    }),
  };
  return { ...stubs(answers, behaviour), sample };
}

/** The ratings service as the ratings panel workflow sees it: each decision stored at the next version. */
export function ratingsPanelActivityStubs(behaviour: Behaviours<RatingsPanelActivities> = {}) {
  const answers: RatingsPanelActivities = {
    openPanel: async () => ({ opened: true, resettlementInScope: false }),
    recordDecision: async ({ decision, version }) => ({
      standardId: decision.standardId,
      version: version + 1,
    }),
    approveRatings: async ({ setId }) => ({ setId, supersedes: null, overall: 'Good', score: 24 }),
  };
  return stubs(answers, behaviour);
}

/**
 * The publication service as the publication workflow sees it: every command answered as stored; the
 * retention period `retentionMs` (a second unless a test says), each service's purge answered at once.
 */
export function publicationActivityStubs(
  behaviour: Behaviours<PublicationActivities> = {},
  { retentionMs = 1000 }: { retentionMs?: number } = {},
) {
  let scheduleVersion = 0;
  const purged = async () => ({ purgedAt: new Date().toISOString(), removed: { Stub: 1 } });
  const answers: PublicationActivities = {
    openFactualCheck: async ({ draftVersion, deadline }) => ({ draftVersion, deadline }),
    closeFactualCheck: async () => ({ closedAt: new Date().toISOString(), comments: 1 }),
    schedulePublication: async ({ publishAt }) => ({ version: ++scheduleVersion, publishAt }),
    publishReport: async () => ({ publishedAt: new Date().toISOString(), version: 2 }),
    retentionEnds: async ({ publishedAt }) => new Date(Date.parse(publishedAt) + retentionMs).toISOString(),
    purgeInspectionCases: purged,
    purgeFieldworkCases: purged,
    purgeFactualCheck: async () => ({ ...(await purged()), publishedSetId: null }),
    purgePanelRationales: purged,
  };
  return stubs(answers, behaviour);
}

/**
 * An inspection's stubs (its activities doing `behaviour`) and its cases' together, for a worker that runs
 * both workflows.
 */
export function inspectionAndCaseStubs(behaviour: Behaviours<InspectionActivities> = {}) {
  const inspection = inspectionActivityStubs(behaviour);
  const cases = caseActivityStubs();
  return { inspection, cases, activities: { ...inspection.activities, ...cases.activities } };
}
