import type { Condition, Framework, Question } from '../frameworks/index.ts';
import type { AnswerValue, Answers } from './answers.ts';
import type { CaseContext } from './case-context.ts';
import { conditionHolds } from './conditions.ts';
import { keyQuestionGate, type KeyQuestionGate } from './gating.ts';

// The questions that apply now, in framework order, given the case and the answers so far. Rules only look
// back (the schema guarantees it), so one pass decides everything. Planning and delivery questions depend
// on no assessment answer: they must address factors even when assessment missed them (docs/domain.md §3,
// 001 P 1.1, P 2.1, D 2.1). Questions yji records elsewhere (002 3b, 13a–13c) are never asked as answers.
export function applicableQuestions(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): Question[] {
  const applicable: Question[] = [];
  const applicableAnswers = new Map<string, AnswerValue | undefined>();
  const answerOf = (code: string) => applicableAnswers.get(code);
  const holds = (condition: Condition | undefined) =>
    !condition || conditionHolds(condition, caseContext, answerOf);
  for (const section of framework.sections) {
    if (!holds(section.appliesWhen)) continue;
    for (const keyQuestion of section.keyQuestions) {
      if (!holds(keyQuestion.appliesWhen)) continue;
      const gate = keyQuestionGate(framework, keyQuestion, caseContext);
      for (const question of keyQuestion.questions) {
        if (question.recordedElsewhere || !askedThroughGate(framework, gate, question)) continue;
        if (!holds(question.appliesWhen)) continue;
        applicable.push(question);
        applicableAnswers.set(question.code, answers[question.code]);
      }
    }
  }
  return applicable;
}

// A closed gate takes out the key question's judgements (004 ¶3.26: the case leaves its n) but not the
// questions the guidance asks of every case (Question.ungated: 001 A 2.5, A 2.9). With no relevant factors
// (003), the framework says whether its other questions are still asked; d3-v3.6 asks them, as 003 speaks
// only of the summary.
function askedThroughGate(framework: Framework, gate: KeyQuestionGate, question: Question): boolean {
  if (question.ungated) return true;
  if (gate.state === 'closed') return false;
  if (gate.state !== 'no-factors') return true;
  const notAsked =
    framework.gating.mode === 'yes-when-no-factors' &&
    framework.gating.questionsWhenNoFactors === 'not-applicable';
  return !notAsked || question.kind === 'summary';
}
