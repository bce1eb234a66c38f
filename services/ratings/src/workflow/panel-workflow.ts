// A panel decision or the chair's approval goes to the inspection's ratings panel workflow as an Update,
// waited for DECISION_WAIT_MS at most (then 202, its Location the resource that shows it done). A refusal
// becomes an answer the person can act on through service-kit's workflowRefusal, as for every workflow: the
// ratings service's own problem when its command refused, the workflow's reason as 409 otherwise, and
// panel-not-open when there is no panel workflow.
import { problem } from '@yji/contracts';
import { workflowUpdates } from '@yji/service-kit';
import { ratingsPanelWorkflowId } from '@yji/workflows';

/** Makes the routes' way to the panel workflow: `onPanel(temporal, DECISION_WAIT_MS)`. */
export const onPanel = workflowUpdates(ratingsPanelWorkflowId, { missing: problem('panel-not-open') });
