// The inspection service's HTTP bodies.
import { z } from 'zod';
import { Country, Programme2016 } from '../fieldwork/assessment-vocabulary.ts';
import { datesBeforeFieldwork } from '@yji/domain/date-order';
import { DEFAULT_COURT_SHARE, DEFAULT_REMINDER_DAYS_BEFORE } from '@yji/domain/setting-defaults';
import { FrameworkId, Id, isoDate } from '../primitives.ts';
import { freeText } from '../free-text.ts';
import { CaseRef, Role, UserId } from '../roles.ts';

/**
 * Framework versions an inspection pins; checked against the domain's frameworks by the service
 * (frameworkSelectionProblems). A 2016 FJI/SQS inspection pins 'fji-sqs-2016' for court disposals, 'none' for
 * the other two, and its programme.
 */
export const FrameworkVersions = z.strictObject({
  courtDisposals: FrameworkId,
  outOfCourt: FrameworkId,
  standards: FrameworkId,
  programme: Programme2016.optional(),
});

export const InspectionSettings = z.strictObject({
  yjs: z.strictObject({
    name: freeText({ max: 200, min: 1 }),
    /** The service's short code, e.g. the local authority code. */
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,20}$/, 'use 2 to 20 capital letters, digits or hyphens'),
    /** 002 3b: a YJS in Wales is asked the Welsh-language questions. Absent: England. */
    country: Country.optional(),
  }),
  fieldworkStart: isoDate,
  fieldworkEnd: isoDate,
  frameworks: FrameworkVersions,
  /** docs/domain.md §4: the sample size is not stated anywhere; size and court share are per-inspection settings. */
  sample: z.strictObject({
    size: z.int().min(1).max(500),
    courtShare: z.number().min(0).max(1).default(DEFAULT_COURT_SHARE),
  }),
  deadlines: z.strictObject({
    assessmentsDue: isoDate,
    reminderDaysBefore: z.int().min(0).max(60).default(DEFAULT_REMINDER_DAYS_BEFORE),
  }),
});
export type InspectionSettings = z.infer<typeof InspectionSettings>;

/**
 * The court share may be left out: the inspection service then takes it from the frameworks pinned (domain
 * defaultCourtShare: 004 ¶3.33's 60% with an out-of-court framework, all court without one, as in 2016).
 */
export const CreateInspectionBody = InspectionSettings.extend({
  sample: InspectionSettings.shape.sample.extend({ courtShare: z.number().min(0).max(1).optional() }),
}).superRefine((body, context) => {
  const dates = { ...body, assessmentsDue: body.deadlines.assessmentsDue };
  for (const name of datesBeforeFieldwork(dates))
    context.addIssue({
      code: 'custom',
      message: 'must not be before fieldworkStart',
      path: name === 'assessmentsDue' ? ['deadlines', 'assessmentsDue'] : [name],
    });
});
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>;

export const InspectionIdParams = z.strictObject({ id: Id });

export const CreatedInspection = z.object({ id: z.uuid() });

export const TeamMemberBody = z.strictObject({
  userId: UserId,
  role: Role,
  /** Cases an assessor can take in all. */
  capacity: z.int().min(0).max(500).optional(),
  /** Cases the member declared a conflict with. */
  conflicts: z.array(CaseRef).max(500).default([]),
});
export const TeamBody = z.strictObject({ members: z.array(TeamMemberBody).min(1).max(100) });
export type TeamBody = z.infer<typeof TeamBody>;

/** The seed a sample is drawn with, as the lead inspector may type it. */
export const SampleSeed = freeText({ max: 100, min: 1 });
/** Why a case leaves the sample (docs/domain.md §4: an exclusion needs a reason). */
export const ExclusionReason = freeText({ max: 1000, min: 1, multiLine: true });

export const DrawSampleBody = z.strictObject({ seed: SampleSeed.optional() });
export const ExcludeCaseBody = z.strictObject({
  caseRef: CaseRef,
  reason: ExclusionReason,
});
export const ReassignBody = z.strictObject({ assigneeId: UserId, dueAt: z.iso.datetime().optional() });
export const CaseParams = z.strictObject({ id: Id, caseRef: CaseRef });

/** A decision that answered 202 (service-kit workflow-decisions.ts): its id is its workflow's Update id. */
export const DecisionParams = z.strictObject({ id: Id, decisionId: Id });
export const DecisionStatus = z.object({ decisionId: Id, status: z.literal('done') });
