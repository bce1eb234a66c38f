// The rules of each question, spelled out from the framework data: every condition it needs (its section's,
// key question's and its own), what the gating rule does to it, and the rest of what a rule says of it. For
// people and tools that need to see the rules (`yji frameworks show`), not to apply them: applicability.ts
// applies them.
import type { Condition } from './condition-schema.ts';
import type { Concern, KeyQuestion, Question, Section } from './question-schema.ts';
import type { ClassificationLevel } from './scale-schema.ts';
import type { Framework } from './schema.ts';

export type QuestionGating =
  // 004 ¶3.26: below the level the key question is not judged; 'asked' questions are asked anyway.
  | {
      readonly rule: 'inspector-classification';
      readonly concern: Concern;
      readonly minimumLevel: ClassificationLevel;
      readonly belowMinimum: 'asked' | 'not-asked';
      readonly source: string;
    }
  // 003: with no relevant factors the summary is answered yes; the other questions as the framework says.
  | {
      readonly rule: 'yes-when-no-factors';
      readonly concern: Concern;
      readonly withoutFactors: 'answered-yes' | 'asked' | 'not-asked';
      readonly source: string;
    };

/** The conditions a question needs, outermost first; empty when it is asked in every case. */
export function conditionsFor(section: Section, keyQuestion: KeyQuestion, question: Question): Condition[] {
  return [section.appliesWhen, keyQuestion.appliesWhen, question.appliesWhen].filter(
    (condition): condition is Condition => condition !== undefined,
  );
}

/** What the framework's gating rule does to a question; null where no gate applies. */
export function gatingFor(
  framework: Framework,
  keyQuestion: KeyQuestion,
  question: Question,
): QuestionGating | null {
  const { gating } = framework;
  if (!keyQuestion.gated || gating.mode === 'none') return null;
  const { concern, source } = keyQuestion.gated;
  if (gating.mode === 'inspector-classification') {
    const belowMinimum = question.ungated ? 'asked' : 'not-asked';
    return { rule: gating.mode, concern, minimumLevel: gating.minimumLevel, belowMinimum, source };
  }
  const withoutFactors =
    question.kind === 'summary'
      ? 'answered-yes'
      : gating.questionsWhenNoFactors === 'asked'
        ? 'asked'
        : 'not-asked';
  return { rule: gating.mode, concern, withoutFactors, source };
}
