import type { Framework } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';

// For ratings (004 ¶3.23): per standard key question id, the case's summary judgement — true for yes,
// false for no — or null when the key question does not apply (004 ¶3.26: the n shrinks). Read from the
// summaries as the inspector answered them; nothing is derived from the prompts.
export function keyQuestionJudgements(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): Record<string, boolean | null> {
  const applicableCodes = new Set(applicableQuestions(framework, caseContext, answers).map((q) => q.code));
  const judgements: Record<string, boolean | null> = {};
  for (const section of framework.sections) {
    for (const keyQuestion of section.keyQuestions) {
      const summary = keyQuestion.questions.find((question) => question.kind === 'summary');
      if (!keyQuestion.standard || !summary) continue;
      if (!applicableCodes.has(summary.code)) {
        judgements[keyQuestion.standard] = null;
        continue;
      }
      const judgement = answers[summary.code];
      // Decision: a missing judgement must not pass as "does not apply" and shrink the n; ratings need a
      // validated assessment.
      if (judgement !== 'yes' && judgement !== 'no') {
        throw new Error(
          `${summary.code} is not answered yes or no; validate the assessment before rating it`,
        );
      }
      judgements[keyQuestion.standard] = judgement === 'yes';
    }
  }
  return judgements;
}
