import type { KeyQuestion, Question, Section } from './question-schema.ts';
import type { Framework } from './schema.ts';

// A question with the key question and section it sits in, in framework order.
export interface LocatedQuestion {
  readonly section: Section;
  readonly keyQuestion: KeyQuestion;
  readonly question: Question;
}

// A frozen framework's list is built once (the task read, the draft save and the validation each walk it on
// every request; issue 12); a framework still being built is listed afresh each time.
const locatedLists = new WeakMap<Framework, readonly LocatedQuestion[]>();

export function locatedQuestions(framework: Framework): readonly LocatedQuestion[] {
  const known = locatedLists.get(framework);
  if (known) return known;
  const list = framework.sections.flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) =>
      keyQuestion.questions.map((question) => Object.freeze({ section, keyQuestion, question })),
    ),
  );
  if (!Object.isFrozen(framework)) return list;
  Object.freeze(list);
  locatedLists.set(framework, list);
  return list;
}

// Every question, summaries included (the count the seeds' tables print).
export function questionCount(framework: Framework): number {
  return locatedQuestions(framework).length;
}

// Frameworks are frozen once parsed (registry.ts), so each one's index by code is built once: forms look up
// every question they show (~200 on the case form), and rebuilding the list per lookup cost ~19 ms a page.
const locatedByCode = new WeakMap<Framework, ReadonlyMap<string, LocatedQuestion>>();

/** The question of that code with its key question and section (the first, should a code repeat). */
export function locateQuestion(framework: Framework, code: string): LocatedQuestion | undefined {
  let index = locatedByCode.get(framework);
  if (!index) {
    const byCode = new Map<string, LocatedQuestion>();
    for (const located of locatedQuestions(framework)) {
      if (!byCode.has(located.question.code)) byCode.set(located.question.code, located);
    }
    index = byCode;
    locatedByCode.set(framework, index);
  }
  return index.get(code);
}

export function findQuestion(framework: Framework, code: string): Question | undefined {
  return locateQuestion(framework, code)?.question;
}
