// What the publication workflow asks of the publication service over NATS. Each is idempotent: an activity
// may run more than once.
import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { SchedulePublication, SendForFactualCheck } from '../workflows/publication.ts';

/** The lead inspector sends the report's latest version to the YJS contact, until `deadline`. */
export const openFactualCheck = defineCommand({
  subject: 'yji.publication.cmd.open-factual-check',
  // The lead inspector's Update to the publication workflow, sent on for its inspection.
  request: z.strictObject({ inspectionId: z.uuid(), ...SendForFactualCheck.shape }),
  reply: z.object({ draftVersion: z.int(), deadline: z.iso.datetime() }),
});

/** The deadline has come: the check takes no more comments. */
export const closeFactualCheck = defineCommand({
  subject: 'yji.publication.cmd.close-factual-check',
  request: z.strictObject({ inspectionId: z.uuid() }),
  reply: z.object({ closedAt: z.iso.datetime(), comments: z.int() }),
});

/** Publication at `publishAt`, and who sees the embargoed preview; based on the schedule's `version`. */
export const schedulePublication = defineCommand({
  subject: 'yji.publication.cmd.schedule-publication',
  request: z.strictObject({ inspectionId: z.uuid(), ...SchedulePublication.shape }),
  reply: z.object({ version: z.int(), publishAt: z.iso.datetime() }),
});

/** The time has come: the latest version of the text is published, once. */
export const publishReport = defineCommand({
  subject: 'yji.publication.cmd.publish-report',
  request: z.strictObject({ inspectionId: z.uuid() }),
  reply: z.object({ publishedAt: z.iso.datetime(), version: z.int() }),
});
