// Test support: a complete, valid assessment for a framework and case, answering every applicable
// question (first allowed value, or a note) unless the caller fixes the answer.
import { allowedValues } from '../frameworks/index.ts';
import type { Framework, Question } from '../frameworks/index.ts';
import { gridRows } from './answer-scale.ts';
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

// A court case in a 2016 Full Joint Inspection with both modules, in England, after a first interview with
// the case manager.
export const FJI_CASE: CaseContext = {
  disposalType: 'youth_rehabilitation_order',
  inspectorClassification: {},
  interview: { tookPlace: true, role: 'case_manager', caseManagerSeenBefore: false },
  inspection: { country: 'england', programme: 'fji', modules: ['courts', 'interventions'] },
};

function defaultAnswer(framework: Framework, question: Question, answers: Answers): AnswerValue {
  const scale = question.answers;
  const first = allowedValues(scale)?.[0];
  switch (scale.type) {
    case 'reasons':
    case 'choices':
      return [first!];
    case 'grid':
      return Object.fromEntries(gridRows(framework, scale, answers).map((row) => [row, first!]));
    case 'number':
      return String(scale.min);
    default:
      return first ?? 'A note';
  }
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
        answers[question.code] = fixed[question.code] ?? defaultAnswer(framework, question, answers);
        added = true;
      }
    }
  }
  return answers;
}
