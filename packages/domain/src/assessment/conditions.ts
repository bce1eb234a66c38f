import type { Condition } from '../frameworks/index.ts';
import { valuesOf, type AnswerValue } from './answers.ts';
import type { CaseContext } from './case-context.ts';
import { interviewedCaseManagerFirstTime } from './interview.ts';

// Whether a framework's applicability rule holds. `answerOf` only sees answers to questions that apply,
// so a rule on a question that does not apply never holds (e.g. 002 9e needs 9a, which needs Wales). A rule
// on a fact the context lacks (the programme, the interview) does not hold either; validation asks for it.
export function conditionHolds(
  condition: Condition,
  caseContext: CaseContext,
  answerOf: (code: string) => AnswerValue | undefined,
): boolean {
  switch (condition.when) {
    case 'answer':
      return valuesOf(answerOf(condition.question)).some((value) => condition.in.includes(value));
    case 'any-answer':
      return condition.questions.some((code) =>
        valuesOf(answerOf(code)).some((value) => condition.in.includes(value)),
      );
    case 'disposal-type':
      return condition.in.includes(caseContext.disposalType);
    case 'programme': {
      const programme = caseContext.inspection?.programme;
      return programme !== undefined && condition.in.includes(programme);
    }
    case 'module':
      return (
        caseContext.inspection?.programme === 'fji' &&
        (caseContext.inspection.modules ?? []).includes(condition.module)
      );
    case 'country':
      return condition.in.includes(caseContext.inspection?.country ?? 'england');
    case 'interview':
      return condition.requires === 'took-place'
        ? caseContext.interview?.tookPlace === true
        : interviewedCaseManagerFirstTime(caseContext.interview);
  }
}
