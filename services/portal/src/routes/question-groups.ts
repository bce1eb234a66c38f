// The questions that apply to a case (the fieldwork service decides which, with the domain's rules),
// grouped as the framework prints them: standard (section), then key question; each with its guidance from
// the domain (guidanceForQuestion) and the form control its scale needs.
import type { z } from 'zod';
import type { ApplicableQuestion } from '@yji/contracts';
import { guidanceForQuestion, requireFramework } from '@yji/domain';
import { answerControl, answerInWords, gridFieldNameOf } from './answer-controls.ts';

type Question = z.infer<typeof ApplicableQuestion>;

/** A question code as an HTML id and field name: codes hold dots and other characters ids do not like. */
export const fieldIdOf = (code: string) => `q-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
export const fieldNameOf = (code: string) => `q.${code}`;

/**
 * `answers` are those the form shows: a grid whose rows are the options chosen at an earlier question (002
 * 3.7.1 from 2.1.0) takes its rows from them.
 */
export function questionGroups(
  frameworkId: string,
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>> = {},
) {
  const applicable = new Map(questions.map((question) => [question.code, question]));
  return requireFramework(frameworkId)
    .sections.map((section) => ({
      code: section.code,
      name: section.name,
      standard: section.standard,
      keyQuestions: section.keyQuestions
        .map((keyQuestion) => ({
          code: keyQuestion.code,
          text: keyQuestion.text,
          questions: keyQuestion.questions
            .filter((question) => applicable.has(question.code))
            .map((question) => {
              const view = applicable.get(question.code)!;
              const guidance = guidanceForQuestion(frameworkId, question.code);
              const id = fieldIdOf(view.code);
              const name = fieldNameOf(view.code);
              const control = answerControl(frameworkId, view.code, answers);
              return {
                ...view,
                id,
                name,
                ...control,
                answerInWords: answerInWords(control, answers[view.code]),
                // A grid's rows, each its own group of radios; the first row's first radio takes the question's id,
                // so the error summary's link lands on the grid.
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
                  : view.guidance && {
                      summary: view.guidance,
                      yesWhen: [],
                      noWhen: [],
                      howToAnswer: [],
                      evidence: [],
                    },
              };
            }),
        }))
        .filter((keyQuestion) => keyQuestion.questions.length > 0),
    }))
    .filter((section) => section.keyQuestions.length > 0);
}
