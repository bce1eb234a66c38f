// The messages the publication workflow answers; shared by the workflow and its clients.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  openFactualCheck,
  PublicationState,
  schedulePublication,
  SchedulePublication,
  SendForFactualCheck,
} from '@yji/contracts';
import type { z } from 'zod';

export const PUBLICATION_WORKFLOW = 'PublicationWorkflow';

/** One publication per inspection: started when its first set of final ratings is approved. */
export const publicationWorkflowId = (inspectionId: string) => `publication-${inspectionId}`;

export const publicationStateQuery = defineQuery<PublicationState>('publicationState');

/** The lead inspector sends the latest version to the YJS contact for the factual accuracy check. */
export const sendForFactualCheckUpdate = defineUpdate<
  z.output<typeof openFactualCheck.reply>,
  [SendForFactualCheck]
>('sendForFactualCheck');

/** The lead inspector sets the publication's date and time, or moves it, until it happens. */
export const schedulePublicationUpdate = defineUpdate<
  z.output<typeof schedulePublication.reply>,
  [SchedulePublication]
>('schedulePublication');
