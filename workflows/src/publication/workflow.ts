// One PublicationWorkflow per inspection, started by the publication service when the panel's chair first
// approves the final ratings (issue 11): the report is drafted from them, checked for factual accuracy and
// published at its time. It carries ids only; the report's text stays in the publication service.
import { condition, setHandler } from '@temporalio/workflow';
import type { PublicationInput, PublicationState } from '@yji/contracts';
import { publicationStateQuery } from './definitions.ts';

export async function PublicationWorkflow(input: PublicationInput): Promise<void> {
  const state: PublicationState = { inspectionId: input.inspectionId, phase: 'drafting' };
  setHandler(publicationStateQuery, () => state);
  // The lead inspector drafts the report in the publication service; the next stages are Updates here.
  await condition(() => false);
}
