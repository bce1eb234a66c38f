// Starts the inspection's publication workflow, once: a start for an inspection whose workflow runs is
// answered with the running one (USE_EXISTING), and one whose workflow has finished (published) is refused
// by Temporal and taken as done. So the ratings consumer may start it for every approval it handles, and
// again for a redelivered one. The input is the inspection id only.
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { PUBLICATION_WORKFLOW, publicationWorkflowId } from '@yji/workflows';

export interface PublicationClock {
  temporal: Client;
  taskQueue: string;
}

export async function startPublication({ temporal, taskQueue }: PublicationClock, inspectionId: string) {
  try {
    await temporal.workflow.start(PUBLICATION_WORKFLOW, {
      workflowId: publicationWorkflowId(inspectionId),
      taskQueue,
      args: [{ inspectionId }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
