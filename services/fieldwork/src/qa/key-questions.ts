// The key questions a blind reviewer judges: each standard's key question that the framework closes with a
// summary judgement (the judgement the ratings count, domain keyQuestionJudgements), by key question id.
import type { Framework } from '@yji/domain';

export interface JudgedKeyQuestion {
  id: string;
  summaryCode: string;
  text: string;
}

export function judgedKeyQuestions(framework: Framework): JudgedKeyQuestion[] {
  return framework.sections.flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) => {
      const summary = keyQuestion.questions.find((question) => question.kind === 'summary');
      return keyQuestion.standard && summary
        ? [{ id: keyQuestion.standard, summaryCode: summary.code, text: summary.text }]
        : [];
    }),
  );
}
