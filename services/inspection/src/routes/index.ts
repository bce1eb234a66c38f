// Every HTTP route of the inspection service, a file each.
import type { Client } from '@temporalio/client';
import type { NatsConnection } from '@yji/messaging';
import type { App } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';
import { leadDecisions } from '../workflow/lead-decisions.ts';
import { registerStartInspection } from './start-inspection.ts';
import { registerListInspections } from './list-inspections.ts';
import { registerReadInspection } from './read-inspection.ts';
import { registerSetTeam } from './set-team.ts';
import { registerReadTeam } from './read-team.ts';
import { registerUploadLongList } from './upload-long-list.ts';
import { registerDrawSample } from './draw-sample.ts';
import { registerReadSample } from './read-sample.ts';
import { registerExcludeCase } from './exclude-case.ts';
import { registerConfirmSample } from './confirm-sample.ts';
import { registerAssignCases } from './assign-cases.ts';
import { registerReassignCase } from './reassign-case.ts';
import { registerReadProgress } from './read-progress.ts';
import { registerSetQaSettings } from './set-qa-settings.ts';
import { registerReadQaSettings } from './read-qa-settings.ts';
import { registerReadDecision } from './read-decision.ts';

export interface InspectionRoutesDeps {
  db: InspectionDb;
  temporal: Client;
  /** Asks the fieldwork service what people hold before a team change. */
  nc: NatsConnection;
  /** The task queue new inspection workflows run on. */
  taskQueue: string;
  /** Wakes the outbox relay after a route committed an event. */
  afterOutbox: () => void;
  /** How long a request waits for a lead inspector's decision (workflow/lead-decisions.ts). */
  decisionWaitMs: number;
  /** How long a start's each call to Temporal may take (workflow/inspection-start.ts), and a read's. */
  temporalCallTimeoutMs: number;
}

export function registerInspectionRoutes(
  app: App,
  { db, temporal, nc, taskQueue, afterOutbox, decisionWaitMs, temporalCallTimeoutMs }: InspectionRoutesDeps,
) {
  const decide = leadDecisions.decider(temporal, decisionWaitMs);
  registerStartInspection(app, temporal, { taskQueue, callTimeoutMs: temporalCallTimeoutMs });
  registerListInspections(app, db, temporal);
  registerReadInspection(app, db, temporal, temporalCallTimeoutMs);
  registerSetTeam(app, db, nc, temporal, afterOutbox);
  registerReadTeam(app, db);
  registerUploadLongList(app, db, decide);
  registerDrawSample(app, db, decide);
  registerReadSample(app, db);
  registerExcludeCase(app, db, decide);
  registerConfirmSample(app, db, decide);
  registerAssignCases(app, db, decide);
  registerReassignCase(app, db, decide);
  registerReadProgress(app, db);
  registerSetQaSettings(app, db, afterOutbox);
  registerReadQaSettings(app, db);
  registerReadDecision(app, db, temporal);
}
