// Measures how long an inspection's history grows: 60 cases from set-up through fieldwork (confirmed,
// bulk-assigned, each started and submitted by its assessor), with stub activities. Prints the event
// count and size of the inspection and of one case. Temporal's hard limit is 50,000 events or 50 MB; it
// suggests continuing as new well before that, and the inspection workflow then does.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  assessmentStartedSignal,
  assignCasesUpdate,
  caseAssessmentWorkflowId,
  confirmSampleUpdate,
  drawSampleUpdate,
  inspectionProgressQuery,
  submitAssessmentUpdate,
  useLongListUpdate,
} from '../src/index.ts';
import { caseActivityStubs, inspectionActivityStubs } from './stub-activities.ts';
import { lead, startInspection } from './inspection-fixtures.ts';
import { eventually, workflowTestKit } from './workflow-kit.ts';

const kit = workflowTestKit();
const CASES = 60;

it(`measures the history of a ${CASES}-case inspection through fieldwork`, async () => {
  const inspection = inspectionActivityStubs({}, { sampleSize: CASES });
  const cases = caseActivityStubs();
  await kit.run({ ...inspection.activities, ...cases.activities }, async (run) => {
    const handle = await startInspection(run);
    await handle.executeUpdate(useLongListUpdate, { args: [{ actor: lead, longListId: randomUUID() }] });
    await handle.executeUpdate(drawSampleUpdate, { args: [{ actor: lead, seed: 'measure' }] });
    await handle.executeUpdate(confirmSampleUpdate, { args: [{ actor: lead }] });
    await eventually(
      async () => ((await handle.query(inspectionProgressQuery)).totals.cases === CASES ? true : null),
      60_000,
    );
    await handle.executeUpdate(assignCasesUpdate, { args: [{ actor: lead, request: { mode: 'auto' } }] });
    await eventually(
      async () =>
        (await handle.query(inspectionProgressQuery)).totals.byState.assigned === CASES ? true : null,
      60_000,
    );
    const children = inspection.sample.map(({ taskId }) =>
      run.client.workflow.getHandle(caseAssessmentWorkflowId(taskId)),
    );
    for (const child of children) {
      await child.signal(assessmentStartedSignal, { userId: 'inspector-1' });
      await child.executeUpdate(submitAssessmentUpdate, { args: [{ userId: 'inspector-1', version: 1 }] });
    }
    await eventually(
      async () => ((await handle.query(inspectionProgressQuery)).totals.allSubmitted ? true : null),
      60_000,
    );
    const { historyLength, historySize } = await handle.describe();
    const oneCase = await children[0]!.describe();
    console.log(
      `history of a ${CASES}-case inspection through fieldwork: ${historyLength} events (${historySize} bytes); ` +
        `one case: ${oneCase.historyLength} events (${oneCase.historySize} bytes)`,
    );
    expect(historyLength).toBeGreaterThan(CASES);
  });
});
