// The lifecycle bench's bare-Temporal baseline (issue 12): an inspection and its cases in the shape of
// yji's InspectionWorkflow and CaseAssessmentWorkflow — the lead's decisions as Updates of the parent, the
// cases as children started all at once, assignment by signal, the assessor's start by signal and the
// submission by Update, every change of a case reported to the parent by signal — with no activities, no
// services and no payload encryption: what Temporal alone costs for the same lifecycle. Bundled by the
// bench's own worker (lifecycle.bench.ts), never by yji's.
import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineSignal,
  defineUpdate,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';

type CaseState = 'unassigned' | 'assigned' | 'in-progress' | 'submitted';

export const useLongListUpdate = defineUpdate<string, [number]>('useLongList');
export const drawSampleUpdate = defineUpdate<string, [string]>('drawSample');
/** Starts every case (`caseIds`) at once, as yji's confirmation does. */
export const confirmSampleUpdate = defineUpdate<string, [string[]]>('confirmSample');
/** Signals every case its assessor at once, as yji's bulk assignment does. */
export const assignCasesUpdate = defineUpdate<number, [Record<string, string>]>('assignCases');
export const progressQuery = defineQuery<Record<string, CaseState>>('progress');

export const caseProgressSignal = defineSignal<[string, CaseState]>('caseProgress');
export const assignCaseSignal = defineSignal<[string]>('assignCase');
export const assessmentStartedSignal = defineSignal<[string]>('assessmentStarted');
export const submitAssessmentUpdate = defineUpdate<CaseState, [string]>('submitAssessment');

export const bareCaseId = (inspectionId: string, caseId: string) => `${inspectionId}-case-${caseId}`;

export async function BareInspection(inspectionId: string): Promise<number> {
  let phase = 'set-up';
  const cases = new Map<string, CaseState>();
  setHandler(progressQuery, () => Object.fromEntries(cases));
  setHandler(caseProgressSignal, (caseId, state) => void cases.set(caseId, state));
  setHandler(useLongListUpdate, (rows) => (phase = rows > 0 ? 'sampling' : phase));
  setHandler(drawSampleUpdate, () => phase);
  setHandler(confirmSampleUpdate, async (caseIds) => {
    await Promise.all(
      caseIds.map((caseId) =>
        startChild(BareCase, {
          workflowId: bareCaseId(inspectionId, caseId),
          args: [caseId],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        }),
      ),
    );
    for (const caseId of caseIds) if (!cases.has(caseId)) cases.set(caseId, 'unassigned');
    return (phase = 'fieldwork');
  });
  setHandler(assignCasesUpdate, async (assignments) => {
    await Promise.all(
      Object.entries(assignments).map(([caseId, assessor]) =>
        getExternalWorkflowHandle(bareCaseId(inspectionId, caseId)).signal(assignCaseSignal, assessor),
      ),
    );
    return Object.keys(assignments).length;
  });
  await condition(() => phase === 'fieldwork' && [...cases.values()].every((state) => state === 'submitted'));
  await condition(allHandlersFinished);
  return cases.size;
}

export async function BareCase(caseId: string): Promise<CaseState> {
  let state: CaseState = 'unassigned';
  let assessor: string | null = null;
  const parent = workflowInfo().parent!;
  // One change at a time, each reported before the next begins (as yji's serialHandlers do): two signals
  // sent in one workflow task may reach the parent in either order.
  let turn: Promise<unknown> = Promise.resolve();
  const serially = <T>(change: () => Promise<T>): Promise<T> => {
    const next = turn.then(change);
    turn = next.catch(() => {});
    return next;
  };
  const report = () => getExternalWorkflowHandle(parent.workflowId).signal(caseProgressSignal, caseId, state);
  setHandler(assignCaseSignal, (assignee) =>
    serially(async () => {
      assessor = assignee;
      state = 'assigned';
      await report();
    }),
  );
  setHandler(assessmentStartedSignal, (userId) =>
    serially(async () => {
      if (state !== 'assigned' || userId !== assessor) return;
      state = 'in-progress';
      await report();
    }),
  );
  setHandler(
    submitAssessmentUpdate,
    () =>
      serially(async () => {
        state = 'submitted';
        await report();
        return state;
      }),
    {
      validator: (userId) => {
        if (userId !== assessor || (state !== 'assigned' && state !== 'in-progress'))
          throw new Error('only the assigned assessor may submit an open case');
      },
    },
  );
  await serially(report);
  await condition(() => state === 'submitted');
  await condition(allHandlersFinished);
  return state;
}
