// Test support: a complete, valid assessment for a framework and case, answering every applicable
// question (first allowed value, or a note) unless the caller fixes the answer.
import { allowedValues } from '../frameworks/index.ts';
import type { Framework, Question } from '../frameworks/index.ts';
import type { AnswerValue, Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';

export const COURT_CASE: CaseContext = {
  disposalType: 'referral_order',
  inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
};

// The defaults answer 003 I 1.1 (care experienced) yes, so the case says the inspected YJS is the home YJS.
export const OOCD_CASE: CaseContext = {
  disposalType: 'youth_conditional_caution',
  inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
  careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
};

function defaultAnswer(question: Question): AnswerValue {
  const first = allowedValues(question.answers)?.[0] ?? 'A note';
  return question.answers.type === 'reasons' ? [first] : first;
}

export function completeAnswers(
  framework: Framework,
  caseContext: CaseContext,
  fixed: Answers = {},
): Answers {
  const answers: Record<string, AnswerValue> = {};
  // Answers can open further questions (e.g. 003 I 1.9 → I 1.11), so repeat until nothing new applies.
  for (let added = true; added;) {
    added = false;
    for (const question of applicableQuestions(framework, caseContext, answers)) {
      if (answers[question.code] === undefined) {
        answers[question.code] = fixed[question.code] ?? defaultAnswer(question);
        added = true;
      }
    }
  }
  return answers;
}
