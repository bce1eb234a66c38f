// A panel decision or the chair's approval goes to the inspection's ratings panel workflow as an Update,
// waited for DECISION_WAIT_MS at most, as every service's decisions do (service-kit workflow-decisions.ts):
// then 202, its Location the decision's outcome (routes/read-outcome.ts). A refusal is the ratings service's
// own problem when its command refused, the workflow's reason as 409 otherwise, and panel-not-open when there
// is no panel workflow.
import { problem } from '@yji/contracts';
import { workflowDecisions } from '@yji/service-kit';
import { ratingsPanelWorkflowId } from '@yji/workflows';

export const panelDecisions = workflowDecisions({
  workflowIdOf: ratingsPanelWorkflowId,
  wording: { missing: problem('panel-not-open') },
  outcomeAt: (inspectionId, decisionId) => `/api/ratings/inspections/${inspectionId}/outcomes/${decisionId}`,
});
