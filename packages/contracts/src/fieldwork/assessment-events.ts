// The facts a moderated case assessment leaves for the ratings: its key-question judgements once approved,
// and that an approval was withdrawn (a correction reopened the case). Judgements only — ids, the case's
// disposal group and yes / no / does-not-apply per key question; never an answer's text.
import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { CaseRef, UserId } from '../roles.ts';

/** A standard's key question id (004 Annexe A: '2.1.1', '3.2.3'); true = yes, false = no, null = does not apply. */
export const KeyQuestionJudgements = z.record(
  z.string().regex(/^\d\.\d\.\d$/, 'a key question id such as 2.1.1'),
  z.boolean().nullable(),
);

/** Both assessment events in one filter subject (NATS servers before 2.10 take one per consumer). */
export const ASSESSMENT_EVENTS = 'yji.fieldwork.assessment.*';

export const assessmentApproved = defineEvent({
  subject: 'yji.fieldwork.assessment.approved',
  payload: z.object({
    inspectionId: z.uuid(),
    taskId: z.uuid(),
    caseRef: CaseRef,
    frameworkId: z.string(),
    /** The disposal group the case was sampled in, as the ratings count it. */
    caseType: z.enum(['court', 'oocd']),
    /** The submitted version that was approved; a later approval of the same task supersedes it. */
    version: z.int().min(0),
    judgements: KeyQuestionJudgements,
    /** False for a case outside the QA sample, approved on submission without review. */
    reviewed: z.boolean(),
    approvedBy: UserId.nullable(),
    approvedAt: z.iso.datetime(),
  }),
});

/** The lead inspector reopened an approved assessment for correction: its judgements no longer count. */
export const assessmentReopened = defineEvent({
  subject: 'yji.fieldwork.assessment.reopened',
  payload: z.object({
    inspectionId: z.uuid(),
    taskId: z.uuid(),
    caseRef: CaseRef,
    version: z.int().min(0),
    reopenedBy: UserId,
    reopenedAt: z.iso.datetime(),
  }),
});
