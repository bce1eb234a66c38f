// The baseline's inspection through fieldwork (support/bare-temporal-workflows.ts), driven like
// yji-lifecycle.ts drives yji's: the lead's decisions as Updates (long list, sample, confirm, assign), then
// each assessor starts and submits their cases, the two side by side; done when the parent workflow ends
// (every case submitted). Polls the parent's Query as the yji driver polls the progress.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { eventually } from '../../harness/index.ts';
import {
  assessmentStartedSignal,
  assignCasesUpdate,
  bareCaseId,
  BareInspection,
  confirmSampleUpdate,
  drawSampleUpdate,
  progressQuery,
  submitAssessmentUpdate,
  useLongListUpdate,
} from './bare-temporal-workflows.ts';
import type { LifecycleRun } from './yji-lifecycle.ts';

const ASSESSORS = ['inspector-1', 'inspector-2'];
const POLL = { timeoutMs: 600_000, intervalMs: 200 };

export async function playBareLifecycle(
  client: Client,
  taskQueue: string,
  cases: number,
): Promise<LifecycleRun> {
  const inspectionId = randomUUID();
  const parent = await client.workflow.start(BareInspection, {
    workflowId: inspectionId,
    taskQueue,
    args: [inspectionId],
  });
  await parent.executeUpdate(useLongListUpdate, { args: [cases * 4] });
  await parent.executeUpdate(drawSampleUpdate, { args: ['bench'] });
  const caseIds = Array.from({ length: cases }, (_, i) => `C${String(i + 1).padStart(4, '0')}`);
  const timed = async (decision: () => Promise<unknown>) => {
    const started = performance.now();
    await decision();
    return performance.now() - started;
  };
  const confirmMs = await timed(() => parent.executeUpdate(confirmSampleUpdate, { args: [caseIds] }));
  const plan = Object.fromEntries(caseIds.map((caseId, i) => [caseId, ASSESSORS[i % ASSESSORS.length]!]));
  const assignMs = await timed(() => parent.executeUpdate(assignCasesUpdate, { args: [plan] }));
  /** Polls the parent's progress until every case is in `state`. */
  const everyCase = (state: 'assigned' | 'submitted') =>
    eventually(
      `every case ${state}`,
      async () => {
        const progress = await parent.query(progressQuery);
        return caseIds.every((caseId) => progress[caseId] === state) ? true : undefined;
      },
      POLL,
    );
  await everyCase('assigned');
  await Promise.all(
    ASSESSORS.map(async (assessor) => {
      for (const caseId of caseIds.filter((id) => plan[id] === assessor)) {
        const handle = client.workflow.getHandle(bareCaseId(inspectionId, caseId));
        await handle.signal(assessmentStartedSignal, assessor);
        await handle.executeUpdate(submitAssessmentUpdate, { args: [assessor] });
      }
    }),
  );
  await everyCase('submitted');
  await parent.result();
  return {
    workflowIds: [inspectionId, ...caseIds.map((caseId) => bareCaseId(inspectionId, caseId))],
    confirmMs,
    assignMs,
  };
}
