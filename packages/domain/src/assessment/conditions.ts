import type { Condition } from '../frameworks/index.ts';
import type { AnswerValue } from './answers.ts';
import type { CaseContext } from './case-context.ts';

// Whether a framework's applicability rule holds. `answerOf` only sees answers to questions that apply,
// so a rule on a question that does not apply never holds (e.g. 002 9e needs 9a, which needs 3b).
export function conditionHolds(
  condition: Condition,
  caseContext: CaseContext,
  answerOf: (code: string) => AnswerValue | undefined,
): boolean {
  switch (condition.when) {
    case 'answer': {
      const answer = answerOf(condition.question);
      const chosen = typeof answer === 'string' ? [answer] : (answer ?? []);
      return chosen.some((value) => condition.in.includes(value));
    }
    case 'disposal-type':
      return condition.in.includes(caseContext.disposalType);
  }
}
