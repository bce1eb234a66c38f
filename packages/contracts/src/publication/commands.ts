// What the publication workflow asks of the publication service over NATS. Each is idempotent: an activity
// may run more than once.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { SchedulePublication, SendForFactualCheck } from '../workflows/publication.ts';
import { factualCheckClosed, factualCheckOpened } from './events.ts';

/** The lead inspector sends the report's latest version to the YJS contact, until `deadline`. */
export const openFactualCheck = defineCommand({
  subject: 'yji.publication.cmd.open-factual-check',
  // The lead inspector's Update to the publication workflow, sent on for its inspection.
  request: onInspection(SendForFactualCheck.shape),
  // What the event tells the other services, less the inspection the workflow knows.
  reply: factualCheckOpened.payload.omit({ inspectionId: true }),
});

/** The deadline has come: the check takes no more comments. */
export const closeFactualCheck = defineCommand({
  subject: 'yji.publication.cmd.close-factual-check',
  request: onInspection({}),
  // What the event tells the other services, less the inspection the workflow knows.
  reply: factualCheckClosed.payload.omit({ inspectionId: true }),
});

/** Publication at `publishAt`, and who sees the embargoed preview; based on the schedule's `version`. */
export const schedulePublication = defineCommand({
  subject: 'yji.publication.cmd.schedule-publication',
  request: onInspection(SchedulePublication.shape),
  reply: z.object({ version: z.int(), publishAt: z.iso.datetime() }),
});

/** The time has come: the latest version of the text is published, once. */
export const publishReport = defineCommand({
  subject: 'yji.publication.cmd.publish-report',
  request: onInspection({}),
  reply: z.object({ publishedAt: z.iso.datetime(), version: z.int() }),
});
