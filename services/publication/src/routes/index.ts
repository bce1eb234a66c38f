// Every HTTP route of the publication service, a file each.
import type { Client } from '@temporalio/client';
import type { App } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';
import { registerAddComment } from './add-comment.ts';
import { registerListPreviews } from './list-previews.ts';
import { registerListVersions } from './list-versions.ts';
import { registerOpenData } from './open-data.ts';
import { registerPublicPages } from './public-pages.ts';
import { registerReadDraft } from './read-draft.ts';
import { registerReportPdf } from './report-pdf.ts';
import { registerReadFactualCheck } from './read-factual-check.ts';
import { registerReadOutcome } from './read-outcome.ts';
import { registerReadPreview } from './read-preview.ts';
import { registerReadSchedule } from './read-schedule.ts';
import { registerRespondToComment } from './respond-to-comment.ts';
import { registerSaveDraft } from './save-draft.ts';
import { registerSchedulePublication } from './schedule-publication.ts';
import { registerSendForCheck } from './send-for-check.ts';
import { publicationDecisions } from '../workflow/publication-decisions.ts';

export interface PublicationRoutesDeps {
  db: PublicationDb;
  temporal: Client;
  /** How long a lead's decision's request waits for the workflow (DECISION_WAIT_MS). */
  decisionWaitMs: number;
  /** The e-mail address the public accessibility statement gives (ACCESSIBILITY_CONTACT_EMAIL), if any. */
  accessibilityContact?: string | undefined;
}

export function registerPublicationRoutes(app: App, deps: PublicationRoutesDeps) {
  const { db, temporal, decisionWaitMs, accessibilityContact } = deps;
  const decide = publicationDecisions.decider(temporal, decisionWaitMs);
  registerReadDraft(app, db);
  registerSaveDraft(app, db);
  registerListVersions(app, db);
  registerSendForCheck(app, db, decide);
  registerReadFactualCheck(app, db);
  registerAddComment(app, db);
  registerRespondToComment(app, db);
  registerSchedulePublication(app, db, decide);
  registerReadSchedule(app, db);
  registerReadPreview(app, db);
  registerListPreviews(app, db);
  registerOpenData(app, db);
  registerPublicPages(app, db, accessibilityContact);
  registerReportPdf(app, db);
  registerReadOutcome(app, db, temporal);
}
