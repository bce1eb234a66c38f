// A lead inspector's decision goes to the inspection's publication workflow as an Update, waited for
// DECISION_WAIT_MS at most (then 202, its Location the resource that shows it done). A refusal becomes
// an answer the person can act on through service-kit's workflowRefusal, as for every workflow; no
// publication workflow answers that the inspection has no report yet.
import { problem } from '@yji/contracts';
import { workflowUpdates } from '@yji/service-kit';
import { publicationWorkflowId } from '@yji/workflows';

/** Makes the routes' way to the publication workflow: `onPublication(temporal, DECISION_WAIT_MS)`. */
export const onPublication = workflowUpdates(publicationWorkflowId, {
  missing: problem('not-found', { what: 'report' }),
});
