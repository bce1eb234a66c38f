// A lead inspector's decision goes to the inspection's publication workflow as an Update, waited for
// DECISION_WAIT_MS at most, as every service's decisions do (service-kit workflow-decisions.ts): then 202,
// its Location the decision's outcome (routes/read-outcome.ts). No publication workflow answers that the
// inspection has no report yet.
import { problem } from '@yji/contracts';
import { workflowDecisions } from '@yji/service-kit';
import { publicationWorkflowId } from '@yji/workflows';

export const publicationDecisions = workflowDecisions({
  workflowIdOf: publicationWorkflowId,
  wording: { missing: problem('not-found', { what: 'report' }) },
  outcomeAt: (inspectionId, decisionId) =>
    `/api/publication/inspections/${inspectionId}/outcomes/${decisionId}`,
});
