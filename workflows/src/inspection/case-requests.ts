// The inspection asks one of its cases to change: by signal (a workflow cannot send another an Update),
// then waits for the case's own report of the outcome: what was asked, the case finished, or the case
// refused this very request (its lastRefusal names the request id).
import type { SignalDefinition } from '@temporalio/common';
import { condition, getExternalWorkflowHandle, uuid4 } from '@temporalio/workflow';
import type { CaseAssessmentState } from '@yji/contracts';
import { caseAssessmentWorkflowId, type InspectionRequest } from '../case-assessment/definitions.ts';
import { refusal } from '../serial-handlers.ts';

const FINISHED = new Set(['submitted', 'withdrawn']);

/**
 * Sends `payload` to the case of `taskId` and answers the case as it reports itself once `done` holds or
 * it has finished; its refusal becomes this request's refusal. `cases` is where the inspection keeps the
 * reports (its caseProgress handler runs at once, outside the serial queue, so it cannot wait behind this).
 */
export async function askCase<Payload extends object>(
  cases: ReadonlyMap<string, CaseAssessmentState>,
  taskId: string,
  signal: SignalDefinition<[Payload & InspectionRequest]>,
  payload: Payload,
  done: (reported: CaseAssessmentState) => boolean,
): Promise<CaseAssessmentState> {
  const requestId = uuid4();
  const finished = () => FINISHED.has(cases.get(taskId)?.state ?? '');
  await getExternalWorkflowHandle(caseAssessmentWorkflowId(taskId))
    .signal(signal, { ...payload, requestId })
    .catch((error: unknown) => {
      // A case that finished (submitted, say, while this request waited its turn) has ended its workflow and
      // takes no signal: it is answered as it last reported itself.
      if (!finished()) throw error;
    });
  const refused = (reported: CaseAssessmentState) => reported.lastRefusal?.requestId === requestId;
  await condition(() => {
    const reported = cases.get(taskId);
    return !!reported && (done(reported) || finished() || refused(reported));
  });
  const reported = cases.get(taskId)!;
  if (refused(reported)) throw refusal('not-allowed-now', reported.lastRefusal!.reason);
  return reported;
}
