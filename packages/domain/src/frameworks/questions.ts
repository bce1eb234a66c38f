import type { KeyQuestion, Question, Section } from './question-schema.ts';
import type { Framework } from './schema.ts';

// A question with the key question and section it sits in, in framework order.
export interface LocatedQuestion {
  readonly section: Section;
  readonly keyQuestion: KeyQuestion;
  readonly question: Question;
}

export function locatedQuestions(framework: Framework): LocatedQuestion[] {
  return framework.sections.flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) =>
      keyQuestion.questions.map((question) => ({ section, keyQuestion, question })),
    ),
  );
}

// Every question, summaries included (the count the seeds' tables print).
export function questionCount(framework: Framework): number {
  return locatedQuestions(framework).length;
}

export function findQuestion(framework: Framework, code: string): Question | undefined {
  return locatedQuestions(framework).find(({ question }) => question.code === code)?.question;
}
