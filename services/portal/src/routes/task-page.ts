// Reading one case task and showing its page: the facts, the questions that apply grouped by standard and
// key question, the interview and the exclusion flag. The routes that change a task re-render it through
// `showTask` with what the person entered and what went wrong.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ClassificationLevel, ExclusionFlagBody, type DraftContent, type TaskDetail } from '@yji/contracts';
import { caseFactsRead, getFramework, taskDeadline, type CaseFactsRead } from '@yji/domain';
import { formErrors, maxLengthOf, type FieldError } from '../web/form-errors.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { shownAnswer } from './answer-controls.ts';
import { frameworkQuestions, questionGroups } from './question-groups.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export type Task = z.infer<typeof TaskDetail>;
/** One value, a list (several choices, reasons), or a grid's value per row; '' or [] when unanswered. */
export type AnswerValue = string | string[] | Record<string, string>;

/** What the form shows: answers by question code, classifications, the interview's fields. */
export interface TaskFormValues {
  answers: Record<string, AnswerValue>;
  classification: { safetyWellbeing?: string; riskOfHarm?: string };
  /** For a care-experienced child: 'yes' or 'no' for each of the two facts, '' when not said. */
  care: { home: string; assessed: string };
  interview?: Record<string, string>;
  /** The structured interview's fields (002 13a–c), as entered. */
  caseManagerInterview?: Record<string, string>;
  reason?: string;
}

/** A save elsewhere the person's own save ran into: what is stored now, question by question where it differs. */
export interface Conflict {
  differences: { code: string; text: string; theirs: string; yours: string }[];
}

export async function readTask(deps: RouteDeps, request: FastifyRequest) {
  const taskId = pathId(request, 'taskId');
  const task = await apiFor(deps, request).get<Task>(`/api/fieldwork/tasks/${taskId}`);
  return { taskId, task };
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

export function valuesOf(
  task: Pick<z.infer<typeof DraftContent>, 'answers' | 'inspectorClassification' | 'careExperience'>,
): TaskFormValues {
  return {
    answers: { ...task.answers },
    classification: { ...task.inspectorClassification },
    care: {
      home: yesNo(task.careExperience?.inspectedYjsIsHome),
      assessed: yesNo(task.careExperience?.inspectedYjsAssessed),
    },
  };
}

/** The questions whose stored answer differs from the one the person sent. */
export function conflictWith(
  task: Task,
  current: z.infer<typeof DraftContent>,
  mine: TaskFormValues,
): Conflict {
  const questions = frameworkQuestions(task.frameworkId);
  const differences = task.applicableQuestions
    .filter((code) => shownAnswer(current.answers[code]) !== shownAnswer(mine.answers[code]))
    .map((code) => ({
      code,
      text: questions.get(code)!.text,
      theirs: shownAnswer(current.answers[code]),
      yours: shownAnswer(mine.answers[code]),
    }));
  return { differences };
}

const NOTHING_READ: CaseFactsRead = {
  inspectorClassification: [],
  relevantFactors: [],
  careExperience: false,
};

/**
 * The inspector's own case facts the form asks for: those the rules of the case's framework read (a 2016
 * case: none), so nobody is asked for what nothing uses.
 */
export function factsAsked(task: Pick<Task, 'frameworkId'>): CaseFactsRead {
  const framework = getFramework(task.frameworkId);
  return framework ? caseFactsRead(framework) : NOTHING_READ;
}

/** The stored structured interview as the form's fields. */
function caseManagerInterviewValues(task: Task): Record<string, string> {
  const stored = task.caseManagerInterview;
  if (!stored) return {};
  return {
    tookPlace: yesNo(stored.tookPlace),
    ...(stored.date
      ? {
          'interviewDate-day': String(Number(stored.date.slice(8, 10))),
          'interviewDate-month': String(Number(stored.date.slice(5, 7))),
          'interviewDate-year': stored.date.slice(0, 4),
        }
      : {}),
    role: stored.role ?? '',
    caseManagerSeenBefore: yesNo(stored.caseManagerSeenBefore),
    language: stored.language ?? '',
    interviewNotes: stored.notes,
  };
}

/**
 * What the case form's script needs to apply the domain's rules as the person answers (case-form.mjs): the
 * framework and the facts of the case the form does not hold — its disposal, inspection, interview and the
 * relevant factors — as JSON for a script element (no `<` in it, so it cannot end the element).
 */
function caseRulesJson(task: Task): string | undefined {
  // Removed under the retention policy: the case is long closed, and its form shows no rules at work.
  if (!task.facts) return undefined;
  const interview = task.caseManagerInterview;
  const context = {
    disposalType: task.facts.disposalType,
    inspection: task.inspection,
    ...(interview
      ? {
          interview: {
            tookPlace: interview.tookPlace,
            ...(interview.role ? { role: interview.role } : {}),
            ...(interview.caseManagerSeenBefore !== undefined
              ? { caseManagerSeenBefore: interview.caseManagerSeenBefore }
              : {}),
            ...(interview.language ? { language: interview.language } : {}),
          },
        }
      : {}),
    ...(task.relevantFactors ? { relevantFactors: task.relevantFactors } : {}),
  };
  return JSON.stringify({ frameworkId: task.frameworkId, context }).replace(/</g, '\\u003c');
}

/** The exclusion flag's reason at most: the fieldwork contract's limit, which the character count shows. */
const REASON_MAX_LENGTH = maxLengthOf(ExclusionFlagBody.shape.reason);

/** Whether the case form shows answers or case facts other than those stored (a save refused or met by another). */
function differsFromStored(values: TaskFormValues, stored: TaskFormValues): boolean {
  return (
    Object.entries(values.answers).some(
      ([code, value]) => shownAnswer(value) !== shownAnswer(stored.answers[code] ?? ''),
    ) ||
    (['safetyWellbeing', 'riskOfHarm'] as const).some(
      (fact) => (values.classification[fact] ?? '') !== (stored.classification[fact] ?? ''),
    ) ||
    values.care.home !== stored.care.home ||
    values.care.assessed !== stored.care.assessed
  );
}

/** A question QA commented on, as the list near the top of a returned case names it. */
export interface CommentedQuestion {
  code: string;
  /** The question as the page labels it: its number and words. */
  label: string;
  /** The id of its comment beside it on the page; none when the question is not shown (it does not apply now). */
  target?: string;
  /** For a question not shown, its comment's words: the page has them nowhere else. */
  comment?: string;
}

/**
 * The questions the reviewer commented on (comments are keyed by question code; what QA says of the assessment
 * as a whole is the return's reason, said above the list), in the order the page shows them: each shown one
 * linked to its comment beside it, then any that do not apply now, so are not shown, with their comment.
 */
export function commentedQuestions(
  frameworkId: string,
  groups: ReturnType<typeof questionGroups>,
  comments: Readonly<Record<string, string>>,
): CommentedQuestion[] {
  const onPage = groups.flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions),
  );
  const shown = onPage.flatMap((question) =>
    comments[question.code] && question.applies
      ? [
          {
            code: question.code,
            label: `${question.code} ${question.text}`,
            target: question.reviewerCommentId,
          },
        ]
      : [],
  );
  const linked = new Set(shown.map((question) => question.code));
  const questions = frameworkQuestions(frameworkId);
  const notShown = Object.entries(comments)
    .filter(([code, comment]) => comment && !linked.has(code))
    .map(([code, comment]) => {
      const question = questions.get(code);
      return { code, label: question ? `${code} ${question.text}` : code, comment };
    });
  return [...shown, ...notShown];
}

/** The case page: the task, its form (or, once submitted, the answers), and the inspection it belongs to. */
export async function showTask(
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  task: Task,
  options: {
    values?: TaskFormValues;
    errors?: FieldError[];
    /** The error summary's lines when they are not one per error (see summarisedFindings). */
    summary?: FieldError[];
    conflict?: Conflict;
    version?: number;
    status?: number;
  } = {},
) {
  const locked = task.state === 'submitted' || task.state === 'withdrawn';
  const values = options.values ?? valuesOf(task);
  // An open form has every question, those that do not apply hidden until an answer makes them apply.
  const groups = questionGroups(task.frameworkId, task.applicableQuestions, {
    all: !locked,
    answers: values.answers,
  });
  const returned = task.review?.returned ?? undefined;
  return page(
    request,
    reply.status(options.status ?? (options.errors?.length ? 422 : 200)),
    'assessor/task.njk',
    {
      title: locked ? 'Case task (read only)' : 'Case task',
      section: 'tasks',
      // Case references repeat across inspections: the caption says which one this case is in.
      inspectionName: await inspectionCaption(deps, request, task.inspectionId),
      task,
      locked,
      deadline: taskDeadline(task, new Date().toISOString()),
      // QA's reason and comments, while the returned case is with its assessor.
      returned,
      // Listed near the top: the form is long, and each comment is beside its question.
      commentedQuestions: returned ? commentedQuestions(task.frameworkId, groups, returned.comments) : [],
      version: options.version ?? task.version,
      groups,
      caseRules: locked ? undefined : caseRulesJson(task),
      levels: ClassificationLevel.options,
      asks: factsAsked(task),
      values,
      conflict: options.conflict,
      interview: values.interview ?? {
        ...(task.interview
          ? {
              'date-day': String(Number(task.interview.date.slice(8, 10))),
              'date-month': String(Number(task.interview.date.slice(5, 7))),
              'date-year': task.interview.date.slice(0, 4),
              withWhom: task.interview.withWhom,
              notes: task.interview.notes,
            }
          : { withWhom: 'case manager' }),
      },
      // A 2016 case records the interview as 002 13a–c structure it; the youth standards keep the free note.
      structuredInterview: getFramework(task.frameworkId)?.family === 'fji-sqs-2016',
      caseManagerInterview: values.caseManagerInterview ?? caseManagerInterviewValues(task),
      reason: values.reason ?? '',
      reasonMaxLength: REASON_MAX_LENGTH,
      unsavedAnswers: !locked && differsFromStored(values, valuesOf(task)),
      ...formErrors(options.errors ?? []),
      // A blank form has a finding for almost every question: the summary then lists one line per standard.
      ...(options.summary ? { errors: formErrors(options.summary).errors } : {}),
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'My case tasks', href: '/tasks' },
      ],
    },
  );
}

/** Past this many, the error summary stops listing each question (a blank case form has more than 100). */
const SUMMARY_LIMIT = 10;

/**
 * The error summary for a submission's findings: each finding while they are few; past SUMMARY_LIMIT one line
 * per standard ("Answer or correct the 23 questions marked in …"), linked to its first question, with the
 * case-context findings kept as they are. Each question still shows its own message beside it.
 */
export function summarisedFindings(task: Task, errors: readonly FieldError[]): FieldError[] | undefined {
  if (errors.length <= SUMMARY_LIMIT) return undefined;
  const marked = new Set(errors.map((error) => error.field));
  const sections = questionGroups(task.frameworkId, task.applicableQuestions).map((section) => ({
    name: section.standard ? `standard ${section.standard}, ${section.name}` : section.name,
    fields: section.keyQuestions.flatMap((keyQuestion) =>
      keyQuestion.questions.map((question) => question.id),
    ),
  }));
  const inSections = new Set(sections.flatMap((section) => section.fields));
  const bySection = sections.flatMap(({ name, fields }) => {
    const wrong = fields.filter((id) => marked.has(id));
    const count = wrong.length === 1 ? 'the question' : `the ${wrong.length} questions`;
    return wrong.length ? [{ field: wrong[0]!, text: `Answer or correct ${count} marked in ${name}` }] : [];
  });
  return [...errors.filter((error) => !inSections.has(error.field)), ...bySection];
}
