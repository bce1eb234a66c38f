import type { Framework } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';

export type ExclusionCheck =
  | { readonly state: 'not-excluded' }
  | { readonly state: 'excluded'; readonly code: string; readonly source: string }
  | { readonly state: 'needs-care-facts'; readonly code: string; readonly source: string };

// 003 I 1.1: a care-experienced child whose inspected YJS is not the home YJS and did not take
// responsibility for assessment is excluded from the sample (the case is replaced).
export function checkExclusion(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): ExclusionCheck {
  for (const question of applicableQuestions(framework, caseContext, answers)) {
    if (!question.excludesCase || answers[question.code] !== 'yes') continue;
    const { code } = question;
    const { source } = question.excludesCase;
    const care = caseContext.careExperience;
    // Decision: the seed's home/host facts are not questions of their own, so the case context must carry them.
    if (!care) return { state: 'needs-care-facts', code, source };
    if (!care.inspectedYjsIsHome && !care.inspectedYjsAssessed) return { state: 'excluded', code, source };
  }
  return { state: 'not-excluded' };
}
