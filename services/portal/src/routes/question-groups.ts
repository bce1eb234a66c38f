// The questions of a case grouped as the framework prints them: standard (section), then key question; each
// with its guidance from the domain (guidanceForQuestion) and the form control its scale needs. The questions
// that apply (the fieldwork service decides, with the domain's rules, and names them by code) are marked
// `applies`; with `all`, the others are there too, for the case form to keep hidden until an answer makes them
// apply (case-form.mjs).
import { frameworkQuestionViews, type FrameworkQuestionView } from '@yji/contracts';
import { guidanceForQuestion, requireFramework } from '@yji/domain';
import { answerControl, answerInWords, gridFieldNameOf } from './answer-controls.ts';

type Question = Readonly<FrameworkQuestionView>;

/** A question code as an HTML id and field name: codes hold dots and other characters ids do not like. */
export const fieldIdOf = (code: string) => `q-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
export const fieldNameOf = (code: string) => `q.${code}`;
/** The id of QA's comment on a question, beside it on the case page, for the list of comments to link to. */
export const reviewerCommentIdOf = (code: string) => `reviewer-comment-${fieldIdOf(code).slice(2)}`;

/** Every question a framework asks as an answer (not those recorded elsewhere), by code. */
const askedByFramework = new Map<string, ReadonlyMap<string, Question>>();

export function frameworkQuestions(frameworkId: string): ReadonlyMap<string, Question> {
  let questions = askedByFramework.get(frameworkId);
  if (!questions) {
    questions = new Map(
      frameworkQuestionViews(requireFramework(frameworkId)).map((view) => [view.code, view] as const),
    );
    askedByFramework.set(frameworkId, questions);
  }
  return questions;
}

function withControl(
  frameworkId: string,
  view: Question,
  applies: boolean,
  answers: Readonly<Record<string, unknown>>,
) {
  const guidance = guidanceForQuestion(frameworkId, view.code);
  const id = fieldIdOf(view.code);
  const name = fieldNameOf(view.code);
  const control = answerControl(frameworkId, view.code, answers);
  return {
    ...view,
    applies,
    id,
    name,
    reviewerCommentId: reviewerCommentIdOf(view.code),
    ...control,
    answerInWords: answerInWords(control, answers[view.code]),
    // A grid's rows, each its own group of radios; the first row's first radio takes the question's id, so the
    // error summary's link lands on the grid.
    ...(control.control === 'grid'
      ? {
          rows: control.rows.map((row, index) => ({
            ...row,
            id: index === 0 ? id : `${id}-${row.value}`,
            name: gridFieldNameOf(name, row.value),
          })),
        }
      : {}),
    guidance: guidance
      ? {
          summary: guidance.question.summary,
          yesWhen: guidance.question.yesWhen,
          noWhen: guidance.question.noWhen,
          howToAnswer: guidance.question.howToAnswer,
          evidence: guidance.question.evidence,
        }
      : view.guidance && { summary: view.guidance, yesWhen: [], noWhen: [], howToAnswer: [], evidence: [] },
  };
}

export function questionGroups(
  frameworkId: string,
  /** The codes of the questions that apply (the task's `applicableQuestions`). */
  applicableCodes: readonly string[],
  /**
   * `all`: every question of the framework, not only those that apply. `answers`: those the form shows; a grid
   * whose rows are the options chosen at an earlier question (002 3.7.1 from 2.1.0) takes its rows from them.
   */
  options: { all?: boolean; answers?: Readonly<Record<string, unknown>> } = {},
) {
  const applicable = new Set(applicableCodes);
  const views = frameworkQuestions(frameworkId);
  const asked = options.all ? views : applicable;
  return requireFramework(frameworkId)
    .sections.map((section) => {
      const keyQuestions = section.keyQuestions
        .map((keyQuestion) => {
          const shown = keyQuestion.questions
            // A code the framework does not ask as an answer has no view (a stored answer to a question yji
            // records elsewhere is refused on save; none should reach a page).
            .filter((question) => asked.has(question.code) && views.has(question.code))
            .map((question) =>
              withControl(
                frameworkId,
                views.get(question.code)!,
                applicable.has(question.code),
                options.answers ?? {},
              ),
            );
          return {
            code: keyQuestion.code,
            text: keyQuestion.text,
            applies: shown.some((question) => question.applies),
            questions: shown,
          };
        })
        .filter((keyQuestion) => keyQuestion.questions.length > 0);
      return {
        code: section.code,
        name: section.name,
        standard: section.standard,
        applies: keyQuestions.some((keyQuestion) => keyQuestion.applies),
        keyQuestions,
      };
    })
    .filter((section) => section.keyQuestions.length > 0);
}
