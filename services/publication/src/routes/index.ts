// Every HTTP route of the publication service, a file each.
import type { Client } from '@temporalio/client';
import type { App } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';
import { registerAddComment } from './add-comment.ts';
import { registerListVersions } from './list-versions.ts';
import { registerOpenData } from './open-data.ts';
import { registerPublicPages } from './public-pages.ts';
import { registerReadDraft } from './read-draft.ts';
import { registerReportPdf } from './report-pdf.ts';
import { registerReadFactualCheck } from './read-factual-check.ts';
import { registerReadPreview } from './read-preview.ts';
import { registerReadSchedule } from './read-schedule.ts';
import { registerRespondToComment } from './respond-to-comment.ts';
import { registerSaveDraft } from './save-draft.ts';
import { registerSchedulePublication } from './schedule-publication.ts';
import { registerSendForCheck } from './send-for-check.ts';

export interface PublicationRoutesDeps {
  db: PublicationDb;
  temporal: Client;
}

export function registerPublicationRoutes(app: App, { db, temporal }: PublicationRoutesDeps) {
  registerReadDraft(app, db);
  registerSaveDraft(app, db);
  registerListVersions(app, db);
  registerSendForCheck(app, db, temporal);
  registerReadFactualCheck(app, db);
  registerAddComment(app, db);
  registerRespondToComment(app, db);
  registerSchedulePublication(app, db, temporal);
  registerReadSchedule(app, db);
  registerReadPreview(app, db);
  registerOpenData(app, db);
  registerPublicPages(app, db);
  registerReportPdf(app, db);
}
