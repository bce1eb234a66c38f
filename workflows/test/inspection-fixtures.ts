// An inspection as the workflow tests start it, and the lead inspector's decisions they send.
import { randomUUID } from 'node:crypto';
import type { Actor, InspectionWorkflowInput } from '@yji/contracts';
import { INSPECTION_WORKFLOW, inspectionRecordedUpdate, type InspectionRunOptions } from '../src/index.ts';
import type { InspectionWorkflow } from '../src/workflows.ts';
import type { WorkflowTestRun } from './workflow-kit.ts';

export const lead: Actor = { userId: 'lead-1', roles: ['lead-inspector'], requestId: 'test' };

export function inspectionInput(): InspectionWorkflowInput {
  return {
    inspectionId: randomUUID(),
    leadInspectorId: lead.userId,
    yjs: { name: 'Test YJS', code: 'TEST' },
    fieldworkStart: '2099-01-05',
    fieldworkEnd: '2099-01-16',
    frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
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
