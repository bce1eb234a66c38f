// Every HTTP route of the fieldwork service.
import type { Client } from '@temporalio/client';
import type { ReviewDeadlines } from '@yji/domain';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { registerFlagExclusion } from './flag-exclusion.ts';
import { registerKeepFlaggedCase } from './keep-flagged-case.ts';
import { registerListTasks } from './list-tasks.ts';
import { registerReadFrameworkQuestions } from './read-framework-questions.ts';
import { registerReadTask } from './read-task.ts';
import { registerRecordInterview } from './record-interview.ts';
import { registerRecordCaseManagerInterview } from './record-case-manager-interview.ts';
import { registerSaveDraft } from './save-draft.ts';
import { registerSubmitAssessment } from './submit-assessment.ts';
import { registerReviseAssessment } from './revise-assessment.ts';
import { registerListReviews } from './reviews/list-reviews.ts';
import { registerReadReview } from './reviews/read-review.ts';
import { registerClaimReview } from './reviews/claim-review.ts';
import { registerReleaseReview } from './reviews/release-review.ts';
import { registerRecordBlindJudgements } from './reviews/record-blind-judgements.ts';
import { registerApproveAssessment } from './reviews/approve-assessment.ts';
import { registerReturnAssessment } from './reviews/return-assessment.ts';
import { registerReassignReviewer } from './reviews/reassign-reviewer.ts';
import { registerCorrectAssessment } from './reviews/correct-assessment.ts';
import { registerReadVersionDiff } from './reviews/read-version-diff.ts';
import { registerReadAgreement } from './inspections/read-agreement.ts';
import { registerReadQaProgress } from './inspections/read-qa-progress.ts';
import { registerReadLiveRatings } from './inspections/read-live-ratings.ts';
import { registerListAlerts } from './inspections/list-alerts.ts';
import { registerListExclusionFlags } from './inspections/list-exclusion-flags.ts';
import { registerRaiseAlert } from './alerts/raise-alert.ts';
import { registerReadAlert } from './alerts/read-alert.ts';
import { registerListEscalatedAlerts } from './alerts/list-escalated-alerts.ts';
import { registerAcknowledgeAlert } from './alerts/acknowledge-alert.ts';
import { registerRecordAlertAction } from './alerts/record-alert-action.ts';
import { registerRecordAlertOutcome } from './alerts/record-alert-outcome.ts';

export interface FieldworkRoutesDeps {
  db: FieldworkDb;
  temporal: Client;
  /** The task queue the workflows the service starts run on (alert acknowledgement). */
  taskQueue: string;
  /** How long a submission waits for the case workflow before it answers 202 decision-in-progress. */
  submitWaitMs: number;
  /** How long a claimed review may take before its reviewer is reminded and the lead inspector told. */
  reviewDeadlines: ReviewDeadlines;
  /** Wakes the outbox relay after a route committed an event. */
  afterOutbox: () => void;
}

export function registerFieldworkRoutes(app: App, deps: FieldworkRoutesDeps) {
  const { db, temporal, afterOutbox } = deps;
  registerListTasks(app, db);
  registerReadTask(app, db);
  registerReadFrameworkQuestions(app);
  registerSaveDraft(app, db, temporal);
  registerRecordInterview(app, db);
  registerRecordCaseManagerInterview(app, db);
  registerSubmitAssessment(app, db, temporal, deps.submitWaitMs);
  registerFlagExclusion(app, db, afterOutbox);
  registerListExclusionFlags(app, db);
  registerKeepFlaggedCase(app, db);
  // Quality assurance of submitted assessments.
  registerReviseAssessment(app, db);
  registerListReviews(app, db, deps.reviewDeadlines);
  registerReadReview(app, db);
  registerClaimReview(app, db, { temporal, taskQueue: deps.taskQueue, deadlines: deps.reviewDeadlines });
  registerReleaseReview(app, db);
  registerRecordBlindJudgements(app, db);
  registerApproveAssessment(app, db);
  registerReturnAssessment(app, db);
  registerReassignReviewer(app, db);
  registerCorrectAssessment(app, db);
  registerReadVersionDiff(app, db);
  registerReadAgreement(app, db);
  registerReadQaProgress(app, db);
  registerReadLiveRatings(app, db);
  // Safeguarding alerts.
  registerRaiseAlert(app, deps);
  registerListAlerts(app, db);
  registerListEscalatedAlerts(app, db);
  registerReadAlert(app, db);
  registerAcknowledgeAlert(app, db, temporal);
  registerRecordAlertAction(app, db);
  registerRecordAlertOutcome(app, db);
}
