// The fieldwork service's HTTP bodies and answers. What an error says names fields and question codes,
// never what was sent: answers and notes are data about a child.
import { z } from 'zod';
import { Id, isoDate } from '../primitives.ts';
import { freeText } from '../free-text.ts';
import { CaseRef, UserId } from '../roles.ts';
import { ClassificationLevel, Country, Programme2016, QuestionCode } from './assessment-vocabulary.ts';
import { CaseFacts, TaskState } from './commands.ts';
import { CaseManagerInterviewView } from './interview.ts';
import { REVIEW_STATES } from '@yji/domain';
import { errorBodyWith } from '../problems.ts';

export const TaskIdParams = z.strictObject({ taskId: Id });

/** The most tasks one page of the task list holds, and how many it holds when the caller does not say. */
export const TASK_PAGE_MAX = 200;
export const TASK_PAGE_DEFAULT = 100;

/**
 * The caller's tasks a page at a time (keyset paging): `after` is the `next` of the page before, the id of
 * its last task. A page starts after that task's place in the order, so tasks added or finished between
 * pages neither repeat nor shift the rest.
 */
export const TaskListQuery = z.strictObject({
  state: TaskState.optional(),
  /** Only the tasks of one inspection. */
  inspectionId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(TASK_PAGE_MAX).default(TASK_PAGE_DEFAULT),
  after: z.uuid().optional(),
});

const atMost = (limit: number) => (record: object) => Object.keys(record).length <= limit;
const MAX_ANSWERS = 1000;

/**
 * One answer as the domain stores it: a single value (yes/no, a level, an option, a number, text), a list of
 * values (explanation reasons, "select all that apply"), or one value per row of a grid (002 2.1.2).
 */
export const AnswerValue = z.union([
  freeText({ max: 20_000, multiLine: true }),
  z.array(freeText({ max: 100 })).max(50),
  z.record(freeText({ max: 100 }), freeText({ max: 100 })).refine(atMost(50), 'at most 50 rows'),
]);

/** A rationale note or an interview's notes. */
const Note = freeText({ max: 20_000, multiLine: true });

export const Answers = z
  .record(QuestionCode, AnswerValue)
  .refine(atMost(MAX_ANSWERS), `at most ${MAX_ANSWERS} answers`);

/** Rationale notes keyed by the code of the summary judgement they explain. */
export const RationaleNotes = z
  .record(QuestionCode, Note)
  .refine(atMost(MAX_ANSWERS), `at most ${MAX_ANSWERS} notes`);

/** The inspector's own classifications, which decide whether the gated key questions are judged. */
export const InspectorClassification = z.strictObject({
  safetyWellbeing: ClassificationLevel.optional(),
  riskOfHarm: ClassificationLevel.optional(),
});

/** Whether the inspector found factors related to each concern (frameworks that answer yes without them). */
export const RelevantFactors = z.strictObject({
  safetyWellbeing: z.boolean().optional(),
  riskOfHarm: z.boolean().optional(),
});

/** For a care-experienced child: whether the inspected YJS is the home YJS and took responsibility for assessment. */
export const CareExperience = z.strictObject({
  inspectedYjsIsHome: z.boolean(),
  inspectedYjsAssessed: z.boolean(),
});

/** A draft save changes only what it names; null removes an answer, a note or a classification. */
export const SaveDraftBody = z.strictObject({
  /** The version the assessor's copy is based on; a save against an older one is refused, not merged. */
  version: z.int().min(0),
  answers: z
    .record(QuestionCode, AnswerValue.nullable())
    .refine(atMost(MAX_ANSWERS), `at most ${MAX_ANSWERS} answers`),
  rationale: z
    .record(QuestionCode, Note.nullable())
    .refine(atMost(MAX_ANSWERS), `at most ${MAX_ANSWERS} notes`)
    .optional(),
  inspectorClassification: z
    .strictObject({
      safetyWellbeing: ClassificationLevel.nullable().optional(),
      riskOfHarm: ClassificationLevel.nullable().optional(),
    })
    .optional(),
  relevantFactors: z
    .strictObject({
      safetyWellbeing: z.boolean().nullable().optional(),
      riskOfHarm: z.boolean().nullable().optional(),
    })
    .optional(),
  careExperience: CareExperience.nullable().optional(),
});
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

/** Everything a draft save can change, as stored. */
export const DraftContent = z.object({
  version: z.int().min(0),
  answers: Answers,
  rationale: RationaleNotes,
  inspectorClassification: InspectorClassification,
  relevantFactors: RelevantFactors.nullable(),
  careExperience: CareExperience.nullable(),
});
export type DraftContent = z.infer<typeof DraftContent>;

export const DraftSaved = z.object({ taskId: z.uuid(), version: z.int().min(0), state: TaskState });

/** 409 for a save or submission against an older version: what is stored now, to merge by hand. */
export const StaleVersionConflict = errorBodyWith(['stale-version']).extend({ current: DraftContent });

/** The case manager interview. `withWhom` is a role ("case manager"), never a name. */
export const InterviewBody = z.strictObject({
  date: isoDate,
  withWhom: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z ,'&/-]{0,79}$/, 'a role such as "case manager", at most 80 letters'),
  notes: Note,
});

export const InterviewView = InterviewBody.extend({
  // As stored: both empty once the retention purge has run.
  withWhom: z.string(),
  notes: z.string(),
  recordedBy: UserId,
  updatedAt: z.iso.datetime(),
});

export const SubmitBody = z.strictObject({
  version: z.int().min(0),
  /** The assessor asks for a second look by QA (the inspection's QA policy may send every such case). */
  askForQa: z.boolean().optional(),
});

/** A finding of the assessment rules: the question code (or case-context field) and what is wrong. */
export const AssessmentFinding = z.object({ code: z.string(), message: z.string() });

export const Submitted = z.object({
  taskId: z.uuid(),
  state: TaskState,
  version: z.int().min(0),
  /** Accepted with the submission, e.g. a summary that disagrees with its prompts and has no rationale. */
  warnings: z.array(AssessmentFinding),
});

export const ExclusionFlagBody = z.strictObject({ reason: freeText({ max: 2000, min: 1, multiLine: true }) });

/** The lead inspector's answer to a flag: kept in the sample (null until then; an excluded case's task is withdrawn). */
const ExclusionFlagDecision = {
  keptBy: UserId.nullable(),
  keptAt: z.iso.datetime().nullable(),
};

export const ExclusionFlagView = z.object({
  reason: z.string(),
  flaggedBy: UserId,
  at: z.iso.datetime(),
  ...ExclusionFlagDecision,
});

export const ExclusionFlagged = z.object({ taskId: z.uuid(), at: z.iso.datetime() });

/** A flag the lead inspector kept in the sample: who flagged it, when, and who kept it (the reason is not repeated). */
export const ExclusionFlagKept = z.object({
  taskId: z.uuid(),
  caseRef: CaseRef,
  flaggedBy: UserId,
  at: z.iso.datetime(),
  keptBy: UserId,
  keptAt: z.iso.datetime(),
});

/** The exclusion flags an inspection's assessors raised, oldest first, for its lead inspector to decide. */
export const ExclusionFlagList = z.object({
  flags: z.array(
    ExclusionFlagView.extend({
      taskId: z.uuid(),
      caseRef: CaseRef,
      /** The task's state now: a withdrawn task's case has left the sample (the lead excluded it). */
      taskState: TaskState,
      /** Set once the reason was removed under the retention policy. */
      purgedAt: z.iso.datetime().nullable(),
    }),
  ),
});

/** A framework question as a form asks it: its text, its guidance and the answers it takes. */
export const FrameworkQuestion = z.object({
  code: z.string(),
  keyQuestion: z.string(),
  kind: z.string(),
  text: z.string(),
  guidance: z.string().nullable(),
  /** The values the answer may take; null for free text. */
  allowed: z.array(z.string()).nullable(),
  /** Whether the answer is a list of values (explanation reasons, several choices). */
  multiple: z.boolean(),
});

/**
 * Every question a framework asks as an answer, in framework order: what a task's `applicableQuestions` name
 * by code. Frameworks are frozen, so a client reads this once per framework.
 */
export const FrameworkQuestions = z.object({
  frameworkId: z.string(),
  questions: z.array(FrameworkQuestion),
});

export const FrameworkIdParams = z.strictObject({ frameworkId: z.string().max(64) });

/** A submitted assessment's state in quality assurance (packages/domain qa/review-states.ts). */
export const ReviewState = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewState>;

export const TaskSummary = z.object({
  taskId: z.uuid(),
  inspectionId: z.uuid(),
  caseRef: CaseRef,
  frameworkId: z.string(),
  state: TaskState,
  dueAt: z.iso.datetime().nullable(),
  version: z.int().min(0),
  /** Where the case stands in quality assurance (a returned case is waiting for its assessor); null until submitted. */
  reviewState: ReviewState.nullable(),
  /**
   * The reminder for the task's current due date has come (the case workflow's reminder timer, the
   * inspection's `reminderDaysBefore` ahead of it): the assessor is told the task is due soon.
   */
  reminded: z.boolean(),
});

export const TaskList = z.object({
  tasks: z.array(TaskSummary),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.uuid().nullable(),
});

/** What the assessor sees of QA on their task: the state, and the latest return's reason and comments. */
export const ReviewForAssessor = z.object({
  state: ReviewState,
  round: z.int().min(1),
  /** Why the case is back with its assessor: QA's return (with comments by question) or the lead's correction. */
  returned: z
    .object({
      by: z.enum(['quality-assurance', 'correction']),
      reason: z.string(),
      comments: z.record(z.string(), z.string()),
    })
    .nullable(),
});

/** What a case's applicability rules know of its inspection (domain CaseContext.inspection). */
export const CaseInspectionView = z.object({
  country: Country.optional(),
  programme: Programme2016.shape.name.optional(),
  modules: Programme2016.shape.modules,
});

export const TaskDetail = TaskSummary.extend({
  assigneeId: UserId.nullable(),
  submittedAt: z.iso.datetime().nullable(),
  /** Null once purged under the retention policy (purgedAt). */
  facts: CaseFacts.nullable(),
  /** When the case's personal data was removed under the retention policy; null while it is kept. */
  purgedAt: z.iso.datetime().nullable(),
  /**
   * The codes of the framework's questions that apply to the case given the answers so far, in framework
   * order; each question's text and answers: GET /api/fieldwork/frameworks/:frameworkId/questions.
   */
  applicableQuestions: z.array(z.string()),
  interview: InterviewView.nullable(),
  /** 002 13a–c: the structured interview with the case manager (it decides the 2016 View 5). */
  caseManagerInterview: CaseManagerInterviewView.nullable(),
  exclusionFlag: ExclusionFlagView.nullable(),
  /** Null until the assessment is first submitted. */
  review: ReviewForAssessor.nullable(),
  /** The inspection facts the questions' rules read, so the case form can apply them as answers change. */
  inspection: CaseInspectionView,
}).extend(DraftContent.shape);
