// Commands the fieldwork service answers over NATS request/reply; the case assessment workflow's
// activities send them. All are idempotent: the task id is the key.
import { z } from 'zod';
import { DISPOSAL_TYPES, LONG_LIST_CATEGORY_MAX, REVIEW_STATES } from '@yji/domain';
import { defineCommand, onInspection } from '../command.ts';
import { CaseRef, UserId } from '../roles.ts';
import { isoDate } from '../primitives.ts';
import { freeText } from '../free-text.ts';
import { Country, Programme2016, RecordedClassification } from './assessment-vocabulary.ts';

/** The long-list facts an inspector sees about a case: pseudonymous, no names. */
export const CaseFacts = z.strictObject({
  // A closed list (an unknown type is refused, never left to hide questions); typed as a string so the stored
  // rows of services written before the list was closed still type-check.
  disposalType: z.string().refine((type) => (DISPOSAL_TYPES as readonly string[]).includes(type), {
    message: `must be one of: ${DISPOSAL_TYPES.join(', ')}`,
  }),
  disposalStart: isoDate,
  // The long list's cells as it took them: its one limit, so a case it takes always reaches its task.
  caseManager: freeText({ max: LONG_LIST_CATEGORY_MAX, min: 1 }),
  // No minimum: a long list stored before blank cells were refused may hold one of no-break spaces only.
  gender: freeText({ max: LONG_LIST_CATEGORY_MAX }),
  ethnicity: freeText({ max: LONG_LIST_CATEGORY_MAX }),
  safetyWellbeing: RecordedClassification,
  riskOfSeriousHarm: RecordedClassification,
});
export type CaseFacts = z.infer<typeof CaseFacts>;

/** What a case's rules need to know about its inspection: the YJS's country and, in 2016, the programme. */
export const InspectionAssessmentSettings = z.strictObject({
  country: Country.optional(),
  programme: Programme2016.optional(),
});

/** 'revising': QA returned the submitted assessment (or the lead inspector reopened it) and its assessor revises it. */
export const TaskState = z.enum([
  'unassigned',
  'assigned',
  'in-progress',
  'submitted',
  'revising',
  'withdrawn',
]);
export type TaskState = z.infer<typeof TaskState>;

export const createTask = defineCommand({
  subject: 'yji.fieldwork.cmd.create-task',
  request: z.strictObject({
    taskId: z.uuid(),
    inspectionId: z.uuid(),
    caseRef: CaseRef,
    frameworkId: z.string().min(1).max(40),
    facts: CaseFacts,
    /** Absent for tasks created before it was sent: an English youth standards inspection. */
    inspection: InspectionAssessmentSettings.optional(),
  }),
  reply: z.object({ taskId: z.uuid(), created: z.boolean() }),
});

export const assignTask = defineCommand({
  subject: 'yji.fieldwork.cmd.assign-task',
  request: z.strictObject({ taskId: z.uuid(), assigneeId: UserId, dueAt: z.iso.datetime() }),
  reply: z.object({ taskId: z.uuid(), state: TaskState }),
});

/** Locks a submitted task: no further draft saves. Rejected (`stale-version`) if the answers moved on. */
export const lockSubmittedTask = defineCommand({
  subject: 'yji.fieldwork.cmd.lock-submitted-task',
  request: z.strictObject({ taskId: z.uuid(), version: z.int().min(0) }),
  reply: z.object({ taskId: z.uuid(), state: TaskState }),
});

/** The case left the sample (excluded after confirmation): the task is withdrawn, its answers kept. */
export const withdrawTask = defineCommand({
  subject: 'yji.fieldwork.cmd.withdraw-task',
  request: z.strictObject({ taskId: z.uuid() }),
  reply: z.object({ taskId: z.uuid(), state: TaskState }),
});

/** A deadline passed or drew near: the fieldwork service publishes the matching event from its outbox. */
export const recordDeadlineEvent = defineCommand({
  subject: 'yji.fieldwork.cmd.record-deadline-event',
  request: z.strictObject({
    taskId: z.uuid(),
    kind: z.enum(['reminder', 'overdue']),
    dueAt: z.iso.datetime(),
  }),
  reply: z.object({ taskId: z.uuid() }),
});

/**
 * The alert acknowledgement workflow's timer ran out: the alert escalates to the second named person (event
 * alert.escalated). An alert acknowledged meanwhile, or escalated already, is left as it is.
 */
export const escalateAlert = defineCommand({
  subject: 'yji.fieldwork.cmd.escalate-alert',
  request: z.strictObject({ alertId: z.uuid() }),
  reply: z.object({ alertId: z.uuid(), state: z.string(), escalated: z.boolean() }),
});

/**
 * A claimed review's deadline came: the reminder to its reviewer, or the escalation to the lead inspector.
 * Recorded (review timeline, event) only while the review is still as it was claimed (`claimVersion`) and
 * once per claim; `stillClaimed` false tells the workflow to stop.
 */
export const recordReviewDeadline = defineCommand({
  subject: 'yji.fieldwork.cmd.record-review-deadline',
  request: z.strictObject({
    taskId: z.uuid(),
    kind: z.enum(['reminder', 'overdue']),
    claimVersion: z.int().min(0),
  }),
  reply: z.object({ taskId: z.uuid(), recorded: z.boolean(), stillClaimed: z.boolean() }),
});

/**
 * The cases of an inspection that `userIds` hold as assessor or QA reviewer, as the fieldwork service holds
 * them: the inspection service asks before a team change, and the domain (workBlockingTeamChange) says which
 * of them block it. A read; nothing changes.
 */
export const heldCases = defineCommand({
  subject: 'yji.fieldwork.cmd.held-cases',
  request: onInspection({ userIds: z.array(UserId).max(200) }),
  reply: z.object({
    cases: z.array(
      z.object({
        caseRef: CaseRef,
        assigneeId: UserId.nullable(),
        taskState: TaskState,
        reviewerId: UserId.nullable(),
        reviewState: z.enum(REVIEW_STATES).nullable(),
      }),
    ),
  }),
});
