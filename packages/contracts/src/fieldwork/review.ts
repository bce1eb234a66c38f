// Quality assurance of submitted case assessments over HTTP (the fieldwork service): the reviewers' queue,
// a review's moves, versions and their differences, blind judgements and the agreement they give. The states
// and who may make each move are packages/domain's (qa/review-states.ts); what crosses the edge is here.
// Reasons and comments are about a child: errors name the field, never the text.
import { z } from 'zod';
import { QA_SELECTION_REASONS } from '@yji/domain';
import { CaseRef, UserId } from '../roles.ts';
import { freeText } from '../free-text.ts';
import { defineEvent } from '../event.ts';
import { QuestionCode } from './assessment-vocabulary.ts';
import { DraftContent, ReviewState } from './http.ts';
import { InterviewFactsView } from './interview.ts';
import { KeyQuestionView, Rating } from '../ratings/key-question-view.ts';

const TEXT_MAX = 5000;
// More than any framework has questions.
const COMMENTS_MAX = 300;

/** Every move names the review version it was based on; a move on an older one answers 409 stale-version. */
const basedOn = { version: z.int().min(0) };

export const ReviewMoveBody = z.strictObject(basedOn);

export const ReturnBody = z.strictObject({
  ...basedOn,
  /** Why the assessment goes back (required, written for the assessor). */
  reason: freeText({ max: TEXT_MAX, min: 1, multiLine: true }),
  /** Optional comments keyed by question code, shown beside the questions while the assessor revises. */
  comments: z
    .record(QuestionCode, freeText({ max: TEXT_MAX, min: 1, multiLine: true }))
    .refine((comments) => Object.keys(comments).length <= COMMENTS_MAX, `at most ${COMMENTS_MAX} comments`)
    .default({}),
});

export const CorrectionBody = z.strictObject({
  ...basedOn,
  /** Why an approved assessment is reopened (recorded). */
  reason: freeText({ max: TEXT_MAX, min: 1, multiLine: true }),
});

export const ReassignReviewerBody = z.strictObject({ ...basedOn, reviewerId: UserId });

/** A key question as the ratings name it (004 Annexe A: '2.1.1'). */
export const KeyQuestionId = z.string().regex(/^\d\.\d\.\d$/, 'a key question id such as 2.1.1');

/** The reviewer's own summary judgement per key question: true yes, false no, null does not apply. */
export const BlindJudgementsBody = z.strictObject({
  ...basedOn,
  judgements: z
    .record(KeyQuestionId, z.boolean().nullable())
    .refine((judgements) => Object.keys(judgements).length <= 50, 'at most 50 key questions'),
});

export const ReviewQueueQuery = z.strictObject({
  inspectionId: z.uuid().optional(),
  assessorId: UserId.optional(),
  frameworkId: z
    .string()
    .regex(/^[a-z0-9.-]{1,40}$/, 'a framework id such as d2-v6.5')
    .optional(),
});

export const QaSelectionView = z.discriminatedUnion('selected', [
  z.object({ selected: z.literal(true), reason: z.enum(QA_SELECTION_REASONS), blind: z.boolean() }),
  z.object({ selected: z.literal(false), reason: z.literal('not-drawn') }),
]);

export const ReviewSummary = z.object({
  taskId: z.uuid(),
  inspectionId: z.uuid(),
  caseRef: CaseRef,
  frameworkId: z.string(),
  state: ReviewState,
  assessorId: UserId,
  reviewerId: UserId.nullable(),
  round: z.int().min(1),
  /** How the case was approved: reviewed, or without review (outside the QA sample); null until approved. */
  approval: z.enum(['reviewed', 'without-review']).nullable(),
  selection: QaSelectionView.nullable(),
  /** When the case last joined the queue; the queue is oldest first. */
  waitingSince: z.iso.datetime().nullable(),
  version: z.int().min(0),
});

/**
 * How far a claimed review's deadline timers have come since its claim: its reviewer reminded
 * (QA_REVIEW_REMIND_AFTER_MS), or overdue and the lead inspector told (QA_REVIEW_ESCALATE_AFTER_MS).
 */
export const ReviewDeadline = z.enum(['reminded', 'overdue']);
export type ReviewDeadline = z.infer<typeof ReviewDeadline>;

/**
 * When a claimed review's deadlines fall: the claim plus the delays its deadline workflow was started with
 * (domain reviewDeadlineDelays: working days, or QA_REVIEW_REMIND_AFTER_MS and QA_REVIEW_ESCALATE_AFTER_MS).
 */
const reviewDeadlineTimes = {
  remindAt: z.iso
    .datetime()
    .nullable()
    .meta({
      description:
        'When the reviewer is reminded of a claimed case: the claim plus the reminder delay (by default the ' +
        'end of the second working day after the claim, UK time). Null while the case is unclaimed.',
    }),
  dueAt: z.iso
    .datetime()
    .nullable()
    .meta({
      description:
        'When a claimed case is due: the claim plus the escalation delay, when the lead inspector is told the ' +
        'review is overdue (by default the end of the third working day after the claim, UK time). Null while ' +
        'the case is unclaimed.',
    }),
};

export const ReviewQueue = z.object({
  reviews: z.array(ReviewSummary.extend({ deadline: ReviewDeadline.nullable(), ...reviewDeadlineTimes })),
});

/** A return's reason and per-question comments, or a correction's reason: the review's timeline. */
export const ReviewEntryView = z.object({
  round: z.int().min(1),
  move: z.string(),
  actorId: z.string(),
  reason: z.string().nullable(),
  comments: z.record(z.string(), z.string()),
  at: z.iso.datetime(),
});

/** A submitted version, as it was submitted: never changed afterwards. */
/** A 2016 View's judgements (domain sectionJudgements): each applicable scoring judgement, a grid's row by row. */
export const ViewJudgementsView = z.object({
  section: z.string(),
  name: z.string(),
  judgements: z
    .array(
      z.object({
        code: z.string(),
        criterion: z.string().nullable(),
        outcome: z.enum(['sufficient', 'insufficient', 'not-applicable', 'no-evidence']),
      }),
    )
    .readonly(),
  counts: z.object({
    sufficient: z.int(),
    insufficient: z.int(),
    'not-applicable': z.int(),
    'no-evidence': z.int(),
  }),
});

/**
 * What QA moderates of a version (domain moderatedJudgements): the youth frameworks' key-question judgements
 * (true yes, false no, null does not apply), or the 2016 framework's judgements per View.
 */
export const ModeratedJudgementsView = z.discriminatedUnion('by', [
  z.object({ by: z.literal('key-question'), keyQuestions: z.record(z.string(), z.boolean().nullable()) }),
  z.object({ by: z.literal('view'), views: z.array(ViewJudgementsView).readonly() }),
]);

export const AssessmentVersionView = DraftContent.omit({ version: true }).extend({
  /** Null once the version's answers were removed under the retention policy. */
  judgements: ModeratedJudgementsView.nullable(),
  /** The interview facts the version was submitted under; null when none was recorded, or not yet kept then. */
  interviewFacts: InterviewFactsView.nullable(),
  round: z.int().min(1),
  draftVersion: z.int().min(0),
  submittedBy: UserId,
  submittedAt: z.iso.datetime(),
});

export const ReviewDetail = ReviewSummary.extend({
  /** True while a blind review waits for the reviewer's own judgements: the assessor's answers are withheld. */
  answersWithheld: z.boolean(),
  /** The key questions a blind reviewer judges (the framework's summary judgements, by key question id). */
  keyQuestions: z.array(z.object({ id: KeyQuestionId, summaryCode: z.string(), text: z.string() })),
  blindJudgements: z.record(z.string(), z.boolean().nullable()).nullable(),
  /** Every submitted version, oldest first; empty while answers are withheld. */
  versions: z.array(AssessmentVersionView),
  timeline: z.array(ReviewEntryView),
});

export const ReviewMoved = ReviewSummary;

/**
 * More rounds than any case has (each is a return or a correction): a bound that keeps a round named in a
 * query within the stored column (int4), so a larger one answers 400 naming the field, not a failed query.
 */
const ROUND_MAX = 10_000;
const Round = z.coerce.number().int().min(1).max(ROUND_MAX);

export const VersionDiffQuery = z.strictObject({ from: Round, to: Round });

/** What changed between two submitted versions, question by question (and the case-context fields). */
export const VersionDiff = z.object({
  taskId: z.uuid(),
  from: z.int(),
  to: z.int(),
  changes: z.array(
    z.object({
      /** A question code, `rationale.<code>`, or a case-context field such as inspectorClassification. */
      field: z.string(),
      before: z.unknown().nullable(),
      after: z.unknown().nullable(),
    }),
  ),
});

export const AgreementFigures = z.object({
  id: z.string(),
  pairs: z.int(),
  agreements: z.int(),
  percentAgreement: z.number().nullable(),
  unpaired: z.int(),
  kappa: z.union([
    z.object({
      defined: z.literal(true),
      value: z.number(),
      standardError: z.number(),
      ci95: z.object({ lower: z.number(), upper: z.number() }),
    }),
    z.object({ defined: z.literal(false), reason: z.enum(['no-pairs', 'chance-agreement-is-one']) }),
  ]),
});

export const AgreementView = z.object({
  inspectionId: z.uuid(),
  blindReviews: z.int(),
  byKeyQuestion: z.array(AgreementFigures),
  byAssessor: z.array(AgreementFigures),
  inspection: AgreementFigures,
});

export const InspectionIdRouteParams = z.strictObject({ inspectionId: z.uuid() });

/** Where each case stands in QA, and what still keeps the inspection from its next phase. */
export const QaProgressView = z.object({
  inspectionId: z.uuid(),
  totals: z.record(z.string(), z.int()),
  cases: z.array(
    z.object({
      taskId: z.uuid(),
      caseRef: CaseRef,
      taskState: z.string(),
      reviewState: ReviewState.nullable(),
      assessorId: UserId.nullable(),
      reviewerId: UserId.nullable(),
      /** For a case in review, how far its deadline has come (ReviewDeadline); null otherwise. */
      reviewDeadline: ReviewDeadline.nullable(),
    }),
  ),
  /** Cases keeping the inspection from the ratings panel, each with why. */
  blockers: z.array(z.object({ taskId: z.uuid(), caseRef: CaseRef, why: z.string() })),
  readyForPanel: z.boolean(),
});

const BandStep = z.object({ cases: z.int(), band: Rating }).nullable();

/** One key question's live standing (packages/domain ratings/band-distance). */
export const KeyQuestionStandingView = KeyQuestionView.extend({
  /** yes / applicable, unrounded (the band is taken from it); null when no case applies. */
  share: z.number().nullable(),
  /** The fewest more 'yes' judgements that lift the band, and the band they give. */
  toRise: BandStep,
  /** The fewest more 'no' judgements that drop it. */
  toFall: BandStep,
});

export const LiveRatingsView = z.object({
  inspectionId: z.uuid(),
  /** Judgements standing as submitted: awaiting or in QA, or approved. */
  submitted: z.array(KeyQuestionStandingView),
  /** Approved judgements only. */
  approved: z.array(KeyQuestionStandingView),
});

const reviewDeadlineFact = z.object({
  taskId: z.uuid(),
  inspectionId: z.uuid(),
  caseRef: CaseRef,
  reviewerId: UserId,
  claimedAt: z.iso.datetime(),
});

/** The reviewer is reminded of a claimed case. */
export const reviewReminderDue = defineEvent({
  subject: 'yji.fieldwork.review.reminder-due',
  payload: reviewDeadlineFact,
});

/** A claimed case is overdue: the lead inspector is told. */
export const reviewOverdue = defineEvent({
  subject: 'yji.fieldwork.review.overdue',
  payload: reviewDeadlineFact,
});
