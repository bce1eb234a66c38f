import type { Framework, KeyQuestion } from '../frameworks/index.ts';
import type { Answers } from './answers.ts';

// A summary may disagree with its prompts (001 A 1 S, D 1 S; 003 D 1 S).
// Decision: (docs/domain.md §3, held per framework in summaryRationale) when it disagrees with more than the
// framework's share of its answered prompts, the inspector is asked for a rationale. The summary itself is
// never touched.
export function summaryDisagreesWithPrompts(
  framework: Framework,
  keyQuestion: KeyQuestion,
  applicableCodes: ReadonlySet<string>,
  answers: Answers,
): boolean {
  const threshold = framework.summaryRationale?.disagreeingPromptsAbove;
  const summary = keyQuestion.questions.find((question) => question.kind === 'summary');
  const judgement = summary && answers[summary.code];
  if (threshold === undefined || (judgement !== 'yes' && judgement !== 'no')) return false;
  const promptAnswers = keyQuestion.questions
    .filter((question) => question.kind === 'prompt' && applicableCodes.has(question.code))
    .map((question) => answers[question.code])
    .filter((answer) => answer === 'yes' || answer === 'no');
  if (promptAnswers.length === 0) return false;
  const disagreeing = promptAnswers.filter((answer) => answer !== judgement).length;
  return disagreeing / promptAnswers.length > threshold;
}
