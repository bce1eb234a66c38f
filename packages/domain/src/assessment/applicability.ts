import type { Framework, Question } from '../frameworks/index.ts';
import type { AnswerValue, Answers } from './answers.ts';
import type { CaseContext } from './case-context.ts';
import { conditionHolds } from './conditions.ts';
import { keyQuestionGate } from './gating.ts';

// The questions that apply now, in framework order, given the case and the answers so far. Rules only look
// back (the schema guarantees it), so one pass decides everything. Planning and delivery questions depend
// on no assessment answer: they must address factors even when assessment missed them (DOMAIN.md §3,
// 001 P 1.1, P 2.1, D 2.1).
export function applicableQuestions(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): Question[] {
  const applicable: Question[] = [];
  const applicableAnswers = new Map<string, AnswerValue | undefined>();
  const answerOf = (code: string) => applicableAnswers.get(code);
  for (const section of framework.sections) {
    for (const keyQuestion of section.keyQuestions) {
      if (keyQuestion.appliesWhen && !conditionHolds(keyQuestion.appliesWhen, caseContext, answerOf))
        continue;
      const gate = keyQuestionGate(framework, keyQuestion, caseContext);
      if (gate.state === 'closed') continue;
      // Decision: per framework (gating.questionsWhenNoFactors); d3-v3.6 still asks them, as 003 speaks
      // only of the summary.
      const onlySummary =
        gate.state === 'no-factors' &&
        framework.gating.mode === 'yes-when-no-factors' &&
        framework.gating.questionsWhenNoFactors === 'not-applicable';
      for (const question of keyQuestion.questions) {
        if (onlySummary && question.kind !== 'summary') continue;
        if (question.appliesWhen && !conditionHolds(question.appliesWhen, caseContext, answerOf)) continue;
        applicable.push(question);
        applicableAnswers.set(question.code, answers[question.code]);
      }
    }
  }
  return applicable;
}
