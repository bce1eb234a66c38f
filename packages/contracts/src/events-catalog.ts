// Every event subject, so the JetStream stream captures exactly the facts and never a command subject
// (a stream on a request subject would answer the request with its publish acknowledgement).
import { caseExcluded, caseReassigned, inspectionCreated } from './inspection/events.ts';
import { teamMemberAdded, teamMemberRemoved } from './inspection/team-events.ts';
import {
  taskExclusionFlagged,
  taskOverdue,
  taskProgressed,
  taskReminderDue,
  taskSubmitted,
} from './fieldwork/events.ts';
import { assessmentApproved, assessmentReopened } from './fieldwork/assessment-events.ts';
import { alertEscalated, alertRaised } from './fieldwork/alerts.ts';
import { qaSettingsSet } from './inspection/qa-policy.ts';
import { reviewOverdue, reviewReminderDue } from './fieldwork/review.ts';
import { ratingsApproved } from './ratings/events.ts';
import { factualCheckClosed, factualCheckOpened, reportPublished } from './publication/events.ts';

export const EVENT_STREAM = 'YJI_EVENTS';
export const eventSubjects: string[] = [
  inspectionCreated,
  caseExcluded,
  caseReassigned,
  teamMemberAdded,
  teamMemberRemoved,
  taskSubmitted,
  taskExclusionFlagged,
  taskReminderDue,
  taskOverdue,
  taskProgressed,
  assessmentApproved,
  assessmentReopened,
  qaSettingsSet,
  alertRaised,
  alertEscalated,
  reviewReminderDue,
  reviewOverdue,
  ratingsApproved,
  factualCheckOpened,
  factualCheckClosed,
  reportPublished,
].map((event) => event.subject);
