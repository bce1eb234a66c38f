// The questions that apply to a case (the fieldwork service decides which, with the domain's rules),
// grouped as the framework prints them: standard (section), then key question; each with its guidance from
// the domain (guidanceForQuestion) and the form control its scale needs.
import type { z } from 'zod';
import type { ApplicableQuestion } from '@yji/contracts';
import { guidanceForQuestion, requireFramework } from '@yji/domain';

type Question = z.infer<typeof ApplicableQuestion>;

/** A question code as an HTML id and field name: codes hold dots and other characters ids do not like. */
export const fieldIdOf = (code: string) => `q-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
export const fieldNameOf = (code: string) => `q.${code}`;

export function questionGroups(frameworkId: string, questions: readonly Question[]) {
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
              return {
                ...view,
                id: fieldIdOf(view.code),
                name: fieldNameOf(view.code),
                control: view.allowed === null ? 'text' : view.multiple ? 'checkboxes' : 'radios',
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
