// The messages the publication workflow answers; shared by the workflow and its clients.
import { defineQuery } from '@temporalio/workflow';
import type { PublicationState } from '@yji/contracts';

export const PUBLICATION_WORKFLOW = 'PublicationWorkflow';

/** One publication per inspection: started when its first set of final ratings is approved. */
export const publicationWorkflowId = (inspectionId: string) => `publication-${inspectionId}`;

export const publicationStateQuery = defineQuery<PublicationState>('publicationState');
