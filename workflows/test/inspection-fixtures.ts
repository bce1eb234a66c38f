// An inspection as the workflow tests start it, and the lead inspector's decisions they send; its ratings
// panel and its publication as the tests start them on their own, for a new inspection.
import { randomUUID } from 'node:crypto';
import type { Actor, InspectionWorkflowInput, RatingsPanelInput } from '@yji/contracts';
import {
  assignCasesUpdate,
  confirmSampleUpdate,
  drawSampleUpdate,
  INSPECTION_WORKFLOW,
  inspectionProgressQuery,
  inspectionRecordedUpdate,
  PUBLICATION_WORKFLOW,
  publicationWorkflowId,
  RATINGS_PANEL_WORKFLOW,
  ratingsPanelWorkflowId,
  useLongListUpdate,
  type InspectionRunOptions,
} from '../src/index.ts';
import type { InspectionWorkflow, PublicationWorkflow, RatingsPanelWorkflow } from '../src/workflows.ts';
import type { WorkflowHandle } from '@temporalio/client';
import { eventually, type WorkflowTestRun } from './workflow-kit.ts';

/** A person as a workflow's Updates take them (the services send the signed-in person). */
export const actor = (userId: string, ...roles: Actor['roles']): Actor => ({
  userId,
  roles,
  requestId: 'test',
});
export const lead = actor('lead-1', 'lead-inspector');

/** The frameworks every test inspection pins. */
const FRAMEWORKS = { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' };

/** A 2016 inspection's frameworks: 002 defines no ratings, so it has no rating rules (and no panel). */
export const FJI_2016_FRAMEWORKS = {
  courtDisposals: 'fji-sqs-2016',
  outOfCourt: 'none',
  standards: 'none',
  programme: { name: 'fji' as const, modules: ['courts' as const] },
};

/**
 * The state of `input`'s inspection once quality assurance is done, with five custody cases in the sample,
 * as a run continued as new carries it on (start the inspection with `{ carriedOver: { state, … } }`).
 */
export const readyForPanelState = (input: InspectionWorkflowInput) => ({
  inspectionId: input.inspectionId,
  phase: 'ready-for-panel' as const,
  recorded: true,
  longList: { longListId: randomUUID(), rows: 40 },
  sample: { seed: 's', selected: 10, reserve: 4, ineligible: 0, excluded: 0, custody: 5, confirmed: true },
});

export function inspectionInput(): InspectionWorkflowInput {
  return {
    inspectionId: randomUUID(),
    leadInspectorId: lead.userId,
    yjs: { name: 'Test YJS', code: 'TEST' },
    fieldworkStart: '2099-01-05',
    fieldworkEnd: '2099-01-16',
    frameworks: FRAMEWORKS,
    sample: { size: 3, courtShare: 0.6 },
    deadlines: { assessmentsDue: '2099-01-15', reminderDaysBefore: 2 },
  };
}

/** Starts an inspection and waits until it is recorded (set-up). */
export async function startInspection(
  { start }: WorkflowTestRun,
  {
    input = inspectionInput(),
    options = {},
  }: { input?: InspectionWorkflowInput; options?: InspectionRunOptions } = {},
) {
  const handle = await start<typeof InspectionWorkflow>(INSPECTION_WORKFLOW, {
    workflowId: input.inspectionId,
    args: [input, options],
  });
  await handle.executeUpdate(inspectionRecordedUpdate);
  return handle;
}

type Inspection = WorkflowHandle<typeof InspectionWorkflow>;

/** Waits until the inspection's progress shows `enough` (its cases report asynchronously). */
const progressShows = (
  handle: Inspection,
  enough: (totals: { cases: number; byState: Record<string, number> }) => boolean,
  timeoutMs: number,
) =>
  eventually(
    async () => (enough((await handle.query(inspectionProgressQuery)).totals) ? true : null),
    timeoutMs,
  );

/** The lead loads a long list and draws a sample (the inspection is then in sampling). */
export async function drawSample(handle: Inspection) {
  await handle.executeUpdate(useLongListUpdate, { args: [{ actor: lead, longListId: randomUUID() }] });
  await handle.executeUpdate(drawSampleUpdate, { args: [{ actor: lead, seed: 'test' }] });
}

/** The lead confirms the sample; waits until its `size` cases have reported (fieldwork). */
export async function confirmSample(handle: Inspection, size = 3, timeoutMs = 10_000) {
  await handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
  await progressShows(handle, (totals) => totals.cases === size, timeoutMs);
}

/** The lead assigns every case automatically; waits until all `size` report assigned. */
export async function assignAll(handle: Inspection, size = 3, timeoutMs = 10_000) {
  await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
  await progressShows(handle, (totals) => totals.byState.assigned === size, timeoutMs);
}

/** An inspection in fieldwork, its sample of three confirmed and none of the cases assigned yet. */
export async function sampleConfirmed(
  run: WorkflowTestRun,
  options: { options?: InspectionRunOptions } = {},
) {
  const handle = await startInspection(run, options);
  await drawSample(handle);
  await confirmSample(handle);
  return handle;
}

/** An inspection in fieldwork with its three cases assigned to inspector-1. */
export async function inFieldwork(run: WorkflowTestRun, options: { options?: InspectionRunOptions } = {}) {
  const handle = await sampleConfirmed(run, options);
  await assignAll(handle);
  return handle;
}

/** Starts the ratings panel of a new inspection led by `lead`, with `custodyCases` custody cases in its sample. */
export function startRatingsPanel({ start }: WorkflowTestRun, custodyCases = 0) {
  const inspectionId = randomUUID();
  const input: RatingsPanelInput = {
    inspectionId,
    leadInspectorId: lead.userId,
    custodyCases,
    frameworks: FRAMEWORKS,
  };
  return start<typeof RatingsPanelWorkflow>(RATINGS_PANEL_WORKFLOW, {
    workflowId: ratingsPanelWorkflowId(inspectionId),
    args: [input],
  });
}

/** Starts the publication of `inspectionId`'s report (drafting). */
export function startPublication({ start }: WorkflowTestRun, inspectionId = randomUUID()) {
  return start<typeof PublicationWorkflow>(PUBLICATION_WORKFLOW, {
    workflowId: publicationWorkflowId(inspectionId),
    args: [{ inspectionId }],
  });
}
