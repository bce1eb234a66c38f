// What QA moderates of a submitted case, read from its answers by the rules the ratings use: for the youth
// frameworks the judgement of each standard's key question (004 ¶3.23); for the 2016 framework (002), which
// has no key questions and no ratings rule, its judgements View by View (sectionJudgements). Decision: a
// framework moderates by key question where it closes any with a summary under a standard, else by View.
import type { Framework } from '../frameworks/index.ts';
import type { Answers } from '../assessment/answers.ts';
import type { CaseContext } from '../assessment/case-context.ts';
import { keyQuestionJudgements } from '../assessment/judgements.ts';
import { sectionJudgements, type SectionReport } from '../assessment/section-judgements.ts';

export type ModeratedJudgements =
  | { readonly by: 'key-question'; readonly keyQuestions: Readonly<Record<string, boolean | null>> }
  | { readonly by: 'view'; readonly views: readonly SectionReport[] };

const judgesKeyQuestions = (framework: Framework) =>
  framework.sections.some((section) =>
    section.keyQuestions.some(
      (keyQuestion) =>
        keyQuestion.standard !== undefined &&
        keyQuestion.questions.some((question) => question.kind === 'summary'),
    ),
  );

/** What QA moderates of a framework's cases: its key questions, or (2016) its Views. */
export const moderatedBy = (framework: Framework): ModeratedJudgements['by'] =>
  judgesKeyQuestions(framework) ? 'key-question' : 'view';

/** The Views that have a scoring judgement at all (V0, the case's background, has none). */
const judgedViews = (framework: Framework) =>
  new Set(
    framework.sections
      .filter((section) =>
        section.keyQuestions.some((keyQuestion) =>
          keyQuestion.questions.some((question) => question.kind === 'judgement' && !question.notScoring),
        ),
      )
      .map((section) => section.code),
  );

/** `answers` must have passed validateAssessment, as a submitted version's have. */
export function moderatedJudgements(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): ModeratedJudgements {
  return moderatedBy(framework) === 'key-question'
    ? { by: 'key-question', keyQuestions: keyQuestionJudgements(framework, caseContext, answers) }
    : {
        by: 'view',
        views: sectionJudgements(framework, caseContext, answers).filter((view) =>
          judgedViews(framework).has(view.section),
        ),
      };
}
