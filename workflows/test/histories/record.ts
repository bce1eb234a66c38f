// Records the histories the replay test replays: representative runs of both workflows (set-up → sampling
// → fieldwork with an exclusion before and after confirmation, a bulk assignment, a reassignment, a
// withdrawal, submissions, a reminder and an escalation, a refused signal; the lead's decisions in
// fieldwork through the inspection, and the inspection continuing as new; a ratings panel with a decision,
// an approval, a correction and its approval; an inspection from ready for the panel to ratings approved;
// an inspection from fieldwork through quality assurance, approvals repeated and reopened, to its panel; an
// inspection starting its cases and signalling their assignments at once; an inspection creating its
// sample's tasks and assigning its new cases at once, one case submitted; a
// publication sent for the factual accuracy check, closed at its deadline, scheduled, moved, published and,
// its retention period later, purged; the lead's decisions judged on their turn, a refusal recorded; an
// inspection without rating rules purged the retention period after its QA; a review deadline reminded, then
// overdue; a case whose task was refused, excluded, and a bulk assignment passing over it withdrawn; the lead's
// decisions meeting finished cases (a reassignment undone, an exclusion sent twice, a manual assignment of a
// submitted case refused); a safeguarding alert escalated, and one acknowledged in time),
// on a real Temporal server with stub activities. `-t <name>` records one scenario only. Run it only when a
// workflow changes on purpose in a way old histories cannot follow
// (and say so in the commit); the histories of the code before the change are what running workflows hold.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { it } from 'vitest';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import {
  ALERT_ACKNOWLEDGEMENT_WORKFLOW,
  alertAcknowledgedSignal,
  alertAcknowledgementWorkflowId,
  assessmentStartedSignal,
  assignCaseSignal,
  assignCasesUpdate,
  assignCaseUpdate,
  approveRatingsUpdate,
  CASE_ASSESSMENT_WORKFLOW,
  caseApprovalSignal,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  confirmSampleUpdate,
  excludeCaseUpdate,
  closePanelSignal,
  decideStandardUpdate,
  INSPECTION_WORKFLOW,
  inspectionProgressQuery,
  inspectionStateQuery,
  reassignCaseUpdate,
  ratingsPanelWorkflowId,
  publicationStateQuery,
  REVIEW_DEADLINE_WORKFLOW,
  schedulePublicationUpdate,
  sendForFactualCheckUpdate,
  submitAssessmentUpdate,
  withdrawCaseUpdate,
} from '../../src/index.ts';
import type { AlertAcknowledgementActivities, ReviewDeadlineActivities } from '../../src/index.ts';
import type { CaseAssessmentWorkflow } from '../../src/workflows.ts';
import {
  caseActivityStubs,
  commandRejected,
  inspectionActivityStubs,
  inspectionAndCaseStubs,
  publicationActivityStubs,
  ratingsPanelActivityStubs,
} from '../stub-activities.ts';
import {
  actor,
  assignAll,
  FJI_2016_FRAMEWORKS,
  confirmSample,
  drawSample,
  inFieldwork,
  inspectionInput,
  lead,
  startInspection,
  startPublication,
  startRatingsPanel,
  readyForPanelState,
} from '../inspection-fixtures.ts';
import { stubsRefusingOneTask } from '../refused-task-stubs.ts';
import { FAR_DUE, inSeconds } from '../times.ts';
import { eventually, sleep, workflowTestKit, type WorkflowTestRun } from '../workflow-kit.ts';

const kit = workflowTestKit();

async function save(name: string, handle: WorkflowHandle) {
  const history = await handle.fetchHistory();
  await writeFile(new URL(`./${name}.json`, import.meta.url), `${historyToJSON(history)}\n`);
}

/** Records the workflow's history once it has ended (a replay of a history cut short proves less). */
async function saveOnceEnded(name: string, handle: WorkflowHandle) {
  await handle.result();
  await save(name, handle);
}

const CHAIR = actor('chair-1', 'panel-chair');

/** The chair approves the ratings in the inspection's panel, its child, which ends the inspection: recorded. */
async function saveOncePanelApproved(
  name: string,
  client: WorkflowTestRun['client'],
  inspection: WorkflowHandle,
) {
  await client.workflow
    .getHandle(ratingsPanelWorkflowId(inspection.workflowId))
    .executeUpdate(approveRatingsUpdate, { args: [{ actor: CHAIR }] });
  await saveOnceEnded(name, inspection);
}

it('records an inspection from set-up through fieldwork, and its cases', async () => {
  const { inspection, activities } = inspectionAndCaseStubs();
  await kit.run(activities, async (run) => {
    const handle = await startInspection(run);
    await drawSample(handle);
    await handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: 'C0003', reason: 'moved away' }],
    });
    await confirmSample(handle);
    await assignAll(handle);
    const [withdrawn, reassigned, submitted] = inspection.sample.map(({ taskId }) =>
      run.client.workflow.getHandle<typeof CaseAssessmentWorkflow>(caseAssessmentWorkflowId(taskId)),
    );
    // In fieldwork an exclusion withdraws the case's assessment, and its replacement gets a workflow.
    await withdrawn!.executeUpdate(withdrawCaseUpdate);
    await handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: inspection.sample[0]!.caseRef, reason: 'custody transfer' }],
    });
    await reassigned!.executeUpdate(assignCaseUpdate, {
      args: [{ assigneeId: 'inspector-2', dueAt: FAR_DUE }],
    });
    await submitted!.signal(assessmentStartedSignal, { userId: 'inspector-1' });
    await submitted!.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 7 }] });
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.cases === 3 ? true : null,
    );
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.submitted === 1 ? true : null,
    );
    await save('inspection-set-up-to-fieldwork', handle);
    await save('case-withdrawn', withdrawn!);
    await save('case-reassigned', reassigned!);
    await save('case-submitted', submitted!);
  });
});

/** An inspection of five cases, its sample confirmed and every case assigned by the lead's bulk assignment. */
async function fiveCasesAssigned(run: WorkflowTestRun) {
  const handle = await startInspection(run);
  await drawSample(handle);
  await confirmSample(handle, 5);
  await assignAll(handle, 5);
  return handle;
}

it('records an inspection starting its cases and signalling their assignments at once', async () => {
  const inspection = inspectionActivityStubs({}, { sampleSize: 5 });
  await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
    await save('inspection-cases-started-and-signalled-at-once', await fiveCasesAssigned(run));
  });
});

it("records an inspection creating its sample's tasks and assigning its new cases at once, a case submitted", async () => {
  const inspection = inspectionActivityStubs({}, { sampleSize: 5 });
  await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
    const handle = await fiveCasesAssigned(run);
    const submitted = run.client.workflow.getHandle<typeof CaseAssessmentWorkflow>(
      caseAssessmentWorkflowId(inspection.sample[0]!.taskId),
    );
    await submitted.signal(assessmentStartedSignal, { userId: 'inspector-1' });
    await submitted.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
    await submitted.result();
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.submitted === 1 ? true : null,
    );
    await save('inspection-sample-tasks-created-and-assigned-at-once', handle);
    await save('case-created-and-assigned-by-inspection-submitted', submitted);
  });
});

it("records the lead's decisions judged on their turn: one refused and recorded, one sent during another", async () => {
  const inspection = inspectionActivityStubs({ confirmSample: () => ({ delayMs: 1_000 }) });
  await kit.run({ ...inspection.activities, ...caseActivityStubs().activities }, async (run) => {
    const handle = await startInspection(run);
    await handle
      .executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] })
      .catch(() => 'refused: the inspection is being set up');
    await drawSample(handle);
    const confirming = handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
    await eventually(async () => (inspection.called('confirmSample').length ? true : null));
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await confirming;
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.assigned === 3 ? true : null,
    );
    await save('inspection-decisions-judged-on-their-turn', handle);
  });
});

it('records a case reminded, escalated, refused a signalled assignment, reassigned and submitted', async () => {
  const cases = caseActivityStubs({
    assignCaseTask: (_taskId, assigneeId) =>
      assigneeId === 'inspector-9'
        ? { refuse: commandRejected('not-an-assessor', 'inspector-9 is not an assessor on this inspection') }
        : undefined,
  });
  await kit.run(cases.activities, async ({ start }) => {
    const taskId = crypto.randomUUID();
    const handle = await start<typeof CaseAssessmentWorkflow>(CASE_ASSESSMENT_WORKFLOW, {
      workflowId: caseAssessmentWorkflowId(taskId),
      args: [
        {
          taskId,
          inspectionId: crypto.randomUUID(),
          caseRef: 'C0101',
          frameworkId: 'd2-v6.5',
          reminderLeadMs: 500,
        },
      ],
    });
    const dueAt = new Date(Date.now() + 1000).toISOString();
    await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-1', dueAt }] });
    await eventually(async () => cases.called('recordDeadlineEvent')[1]);
    await handle.signal(assignCaseSignal, { assigneeId: 'inspector-9', dueAt: FAR_DUE });
    await eventually(async () => (await handle.query(caseAssessmentStateQuery)).lastRefusal);
    await handle.executeUpdate(assignCaseUpdate, { args: [{ assigneeId: 'inspector-2', dueAt: FAR_DUE }] });
    await handle.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-2', version: 2 }] });
    await saveOnceEnded('case-overdue-refused-reassigned-submitted', handle);
  });
});

it('records the lead deciding in fieldwork through the inspection: a reassignment, an exclusion, a refusal, then continuing as new', async () => {
  const { inspection, activities } = inspectionAndCaseStubs();
  await kit.run(activities, async (run) => {
    const handle = await startInspection(run, { options: { continueAsNewAfterEvents: 150 } });
    const { runId } = await handle.describe();
    const firstRun = run.client.workflow.getHandle(handle.workflowId, runId);
    await drawSample(handle);
    await confirmSample(handle);
    await assignAll(handle);
    const [reassigned, excluded, submitted] = inspection.sample.map(({ taskId }) =>
      run.client.workflow.getHandle<typeof CaseAssessmentWorkflow>(caseAssessmentWorkflowId(taskId)),
    );
    await handle.executeUpdate(reassignCaseUpdate, {
      args: [{ actor: lead, caseRef: inspection.sample[0]!.caseRef, assigneeId: 'inspector-2' }],
    });
    await handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: inspection.sample[1]!.caseRef, reason: 'custody transfer' }],
    });
    await submitted!.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 3 }] });
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.submitted === 1 ? true : null,
    );
    await handle
      .executeUpdate(excludeCaseUpdate, {
        args: [{ actor: lead, caseRef: inspection.sample[2]!.caseRef, reason: 'too late' }],
      })
      .catch(() => 'refused: the case is submitted');
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(async () => ((await handle.describe()).runId !== runId ? true : null), 20_000);
    await save('inspection-fieldwork-decisions-continued-as-new', firstRun);
    await save('inspection-after-continue-as-new', handle);
    await save('case-reassigned-by-inspection', reassigned!);
    await save('case-withdrawn-by-inspection', excluded!);
  });
});
it('records a ratings panel: a decision, an approval, a correction and its approval', async () => {
  const panel = ratingsPanelActivityStubs();
  await kit.run(panel.activities, async (run) => {
    const handle = await startRatingsPanel(run, 5);
    await eventually(async () => panel.called('openPanel')[0]);
    const decision = { standardId: '2.1', decision: 'down' as const, to: 'Good' as const, rationale: 'r' };
    await handle.executeUpdate(decideStandardUpdate, { args: [{ actor: CHAIR, decision, version: 0 }] });
    await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: CHAIR }] });
    await handle.executeUpdate(decideStandardUpdate, { args: [{ actor: CHAIR, decision, version: 1 }] });
    await handle.executeUpdate(approveRatingsUpdate, { args: [{ actor: actor('chair-2', 'panel-chair') }] });
    await handle.signal(closePanelSignal);
    await saveOnceEnded('ratings-panel-approved-corrected', handle);
  });
});

it('records an inspection from ready for the panel to ratings approved, its panel a child', async () => {
  const panel = ratingsPanelActivityStubs();
  await kit.run(
    { ...inspectionActivityStubs().activities, ...panel.activities },
    async ({ start, client }) => {
      const input = inspectionInput();
      const state = readyForPanelState(input);
      const handle = await start(INSPECTION_WORKFLOW, {
        workflowId: input.inspectionId,
        args: [input, { carriedOver: { state, cases: [], reminderLeadMs: 0 } }],
      });
      await eventually(async () => panel.called('openPanel')[0]);
      await saveOncePanelApproved('inspection-ready-for-panel-to-ratings-approved', client, handle);
    },
  );
});

it('records an inspection from fieldwork through quality assurance to ratings approved', async () => {
  const inspection = inspectionActivityStubs();
  const panel = ratingsPanelActivityStubs();
  await kit.run(
    { ...inspection.activities, ...caseActivityStubs().activities, ...panel.activities },
    async (run) => {
      const handle = await inFieldwork(run);
      const taskIds = inspection.sample.map(({ taskId }) => taskId);
      for (const taskId of taskIds)
        await run.client.workflow
          .getHandle(caseAssessmentWorkflowId(taskId))
          .executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
      const approve = (taskId: string, version: number, approved = true) =>
        handle.signal(caseApprovalSignal, { taskId, version, approved });
      await approve(taskIds[0]!, 1);
      await approve(taskIds[0]!, 1);
      await approve(taskIds[1]!, 1);
      await approve(taskIds[1]!, 1, false);
      await approve(taskIds[2]!, 1);
      await approve(taskIds[1]!, 2);
      await eventually(async () =>
        (await handle.query(inspectionStateQuery)).phase === 'ratings-panel' ? true : null,
      );
      await saveOncePanelApproved(
        'inspection-fieldwork-through-quality-assurance-to-ratings-approved',
        run.client,
        handle,
      );
    },
  );
});

it('records a publication: sent for the check, closed at its deadline, scheduled, moved, published, purged', async () => {
  const publication = publicationActivityStubs();
  await kit.run(publication.activities, async (run) => {
    const handle = await startPublication(run);
    await handle.executeUpdate(sendForFactualCheckUpdate, {
      args: [{ actor: lead, draftVersion: 1, deadline: inSeconds(1) }],
    });
    await eventually(async () =>
      (await handle.query(publicationStateQuery)).phase === 'revising' ? true : null,
    );
    const schedule = (version: number, publishAt: string) =>
      handle.executeUpdate(schedulePublicationUpdate, {
        args: [{ actor: lead, version, publishAt, embargo: ['inspector-3'] }],
      });
    await schedule(0, inSeconds(300));
    await schedule(1, inSeconds(1));
    await saveOnceEnded('publication-checked-scheduled-moved-published-purged', handle);
  });
});

it('records an inspection without rating rules (2016): kept the retention period after its QA, then purged', async () => {
  await kit.run(
    { ...inspectionActivityStubs().activities, ...publicationActivityStubs().activities },
    async ({ start }) => {
      const input = { ...inspectionInput(), frameworks: FJI_2016_FRAMEWORKS };
      const handle = await start(INSPECTION_WORKFLOW, {
        workflowId: input.inspectionId,
        args: [input, { carriedOver: { state: readyForPanelState(input), cases: [], reminderLeadMs: 0 } }],
      });
      await saveOnceEnded('inspection-without-rating-rules-purged-after-qa', handle);
    },
  );
});

it('records a review deadline: the reviewer reminded, then the lead told it is overdue', async () => {
  const activities: ReviewDeadlineActivities = {
    recordReviewDeadline: async () => ({ recorded: true, stillClaimed: true }),
  };
  await kit.run(activities, async ({ start }) => {
    const handle = await start(REVIEW_DEADLINE_WORKFLOW, {
      workflowId: `review-deadline-${randomUUID()}`,
      args: [{ taskId: randomUUID(), claimVersion: 1, remindAfterMs: 200, escalateAfterMs: 600 }],
    });
    await saveOnceEnded('review-deadline-reminded-overdue', handle);
  });
});

it('records a case whose task is refused: open, refusing its assignment, excluded; a later bulk assignment passes over it', async () => {
  const { inspection, activities } = stubsRefusingOneTask();
  await kit.run(activities, async (run) => {
    const handle = await startInspection(run);
    await drawSample(handle);
    await confirmSample(handle);
    const refused = run.client.workflow.getHandle<typeof CaseAssessmentWorkflow>(
      caseAssessmentWorkflowId(inspection.sample[0]!.taskId),
    );
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(async () =>
      (await refused.query(caseAssessmentStateQuery)).lastRefusal?.command === 'assignCase' ? true : null,
    );
    await handle.executeUpdate(excludeCaseUpdate, {
      args: [{ actor: lead, caseRef: inspection.sample[0]!.caseRef, reason: 'facts missing' }],
    });
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(async () =>
      (await handle.query(inspectionProgressQuery)).totals.byState.assigned === 3 ? true : null,
    );
    await save('inspection-case-task-refused-excluded', handle);
    await saveOnceEnded('case-task-refused-withdrawn-by-inspection', refused);
  });
});

it("records the lead's decisions meeting finished cases: a reassignment undone, an exclusion twice, a manual assignment refused", async () => {
  const { inspection, activities } = inspectionAndCaseStubs({
    reassignCase: ({ assigneeId }) => (assigneeId === 'inspector-2' ? { delayMs: 800 } : undefined),
  });
  await kit.run(activities, async (run) => {
    const handle = await inFieldwork(run);
    const [submitted, excluded] = inspection.sample;
    // inspector-1 submits while the service records inspector-2: the case refuses, the record is put back.
    const reassignment = handle
      .executeUpdate(reassignCaseUpdate, {
        args: [{ actor: lead, caseRef: submitted!.caseRef, assigneeId: 'inspector-2' }],
      })
      .catch(() => 'refused: the case is submitted');
    await sleep(200);
    await run.client.workflow
      .getHandle(caseAssessmentWorkflowId(submitted!.taskId))
      .executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
    await reassignment;
    const exclude = () =>
      handle.executeUpdate(excludeCaseUpdate, {
        args: [{ actor: lead, caseRef: excluded!.caseRef, reason: 'custody transfer' }],
      });
    await Promise.all([exclude(), exclude()]);
    await handle
      .executeUpdate(assignCasesUpdate, {
        args: [
          {
            actor: lead,
            request: {
              mode: 'manual',
              assignments: [{ caseRef: submitted!.caseRef, assigneeId: 'inspector-3' }],
            },
          },
        ],
      })
      .catch(() => 'refused: the case is submitted');
    await save('inspection-decisions-meeting-finished-cases', handle);
  });
});

/** A safeguarding alert's workflow, its lead given `escalateAfterMs` to acknowledge it. */
async function startAlert({ start }: WorkflowTestRun, escalateAfterMs: number) {
  const alertId = randomUUID();
  return start(ALERT_ACKNOWLEDGEMENT_WORKFLOW, {
    workflowId: alertAcknowledgementWorkflowId(alertId),
    args: [{ alertId, inspectionId: randomUUID(), escalateAfterMs }],
  });
}

it('records a safeguarding alert escalated when nobody acknowledged it in time, and one acknowledged in time', async () => {
  const activities: AlertAcknowledgementActivities = {
    escalateAlert: async () => ({ escalated: true, state: 'escalated' }),
  };
  await kit.run(activities, async (run) => {
    await saveOnceEnded('alert-escalated', await startAlert(run, 200));
    const acknowledged = await startAlert(run, 60 * 60 * 1000);
    await acknowledged.signal(alertAcknowledgedSignal);
    await saveOnceEnded('alert-acknowledged', acknowledged);
  });
});
