// Every HTTP route of the fieldwork service.
import type { Client } from '@temporalio/client';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { registerFlagExclusion } from './flag-exclusion.ts';
import { registerListTasks } from './list-tasks.ts';
import { registerReadTask } from './read-task.ts';
import { registerRecordInterview } from './record-interview.ts';
import { registerSaveDraft } from './save-draft.ts';
import { registerSubmitAssessment } from './submit-assessment.ts';

export interface FieldworkRoutesDeps {
  db: FieldworkDb;
  temporal: Client;
  /** Wakes the outbox relay after a route committed an event. */
  afterOutbox: () => void;
}

export function registerFieldworkRoutes(app: App, { db, temporal, afterOutbox }: FieldworkRoutesDeps) {
  registerListTasks(app, db);
  registerReadTask(app, db);
  registerSaveDraft(app, db, temporal);
  registerRecordInterview(app, db);
  registerSubmitAssessment(app, db, temporal);
  registerFlagExclusion(app, db, afterOutbox);
}
