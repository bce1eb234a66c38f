// The publication service's facts: ids, versions and times only, never the report's text.
import { z } from 'zod';
import { defineEvent } from '../event.ts';

/** The draft is with the YJS contact for the factual accuracy check (their home page lists it). */
export const factualCheckOpened = defineEvent({
  subject: 'yji.publication.factual-check.opened',
  payload: z.object({ inspectionId: z.uuid(), draftVersion: z.int(), deadline: z.iso.datetime() }),
});

export const factualCheckClosed = defineEvent({
  subject: 'yji.publication.factual-check.closed',
  payload: z.object({ inspectionId: z.uuid(), closedAt: z.iso.datetime(), comments: z.int() }),
});

/** The report is public: its version of the text and the approved set of final ratings it shows. */
export const reportPublished = defineEvent({
  subject: 'yji.publication.report.published',
  payload: z.object({
    inspectionId: z.uuid(),
    publishedAt: z.iso.datetime(),
    version: z.int(),
    ratingsSetId: z.uuid(),
  }),
});
