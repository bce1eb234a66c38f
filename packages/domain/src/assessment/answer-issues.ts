// Every applicable question answered within its scale, and as its rules prescribe; no answer to a question
// that does not apply, that yji records elsewhere, or that this framework version does not have. A draft
// is held to the two of these it can already meet (draftAnswerIssues).
import { findQuestion, locatedQuestions } from '../frameworks/index.ts';
import type { Framework, Question } from '../frameworks/index.ts';
import { applicableQuestions } from './applicability.ts';
import { outsideScale, unansweredGridRows } from './answer-scale.ts';
import type { AnswerValue, Answers } from './answers.ts';
import type { CaseContext } from './case-context.ts';
import { conditionHolds } from './conditions.ts';
import type { AssessmentIssue } from './issues.ts';

export function answerIssues(
  framework: Framework,
  caseContext: CaseContext,
  applicableCodes: ReadonlySet<string>,
  answers: Answers,
): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const known = new Set<string>();
  const applicableAnswer = (code: string): AnswerValue | undefined =>
    applicableCodes.has(code) ? answers[code] : undefined;
  for (const { question } of locatedQuestions(framework)) {
    const { code } = question;
    const answer = answers[code];
    known.add(code);
    if (question.recordedElsewhere) {
      if (answer !== undefined) issues.push(recordedElsewhere(question));
    } else if (!applicableCodes.has(code)) {
      if (answer !== undefined) {
        issues.push({
          code,
          rule: 'does-not-apply',
          message: `${code} does not apply to this case; remove its answer`,
        });
      }
    } else if (answer === undefined) {
      issues.push({ code, rule: 'unanswered', message: `Answer ${code}: it applies to this case` });
    } else {
      const problem = outsideScaleIssue(framework, question, answer, answers);
      const rowsLeft = unansweredGridRows(framework, question.answers, answer, answers);
      if (problem) issues.push(problem);
      else if (rowsLeft.length > 0)
        issues.push({
          code,
          rule: 'grid-rows-unanswered',
          message: `${code} needs an answer for the rows ${rowsLeft.join(', ')} too`,
        });
      else if (
        question.expectedAnswer &&
        answer !== question.expectedAnswer.value &&
        conditionHolds(question.expectedAnswer.when, caseContext, applicableAnswer)
      ) {
        issues.push({
          code,
          rule: 'expected-answer',
          message: `${code} is answered ${question.expectedAnswer.value} here (${question.expectedAnswer.source})`,
        });
      }
    }
  }
  for (const code of Object.keys(answers)) {
    if (!known.has(code)) issues.push(unknownQuestion(framework, code));
  }
  return issues;
}

/**
 * A draft may be incomplete, but each answer it saves (`savedCodes`) must be to a question of the framework
 * version and, where the question applies, within its scale: answerIssues' 'outside-scale' and
 * 'unknown-question' findings for those codes, in the same order, without checking the whole assessment on
 * every save (issue 12: that was 7 % of a save's CPU).
 */
export function draftAnswerIssues(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
  savedCodes: readonly string[],
): AssessmentIssue[] {
  const saved = new Set(savedCodes);
  const issues: AssessmentIssue[] = [];
  for (const question of applicableQuestions(framework, caseContext, answers)) {
    const answer = answers[question.code];
    if (!saved.has(question.code) || answer === undefined) continue;
    const problem = outsideScaleIssue(framework, question, answer, answers);
    if (problem) issues.push(problem);
  }
  for (const code of Object.keys(answers)) {
    if (saved.has(code) && !findQuestion(framework, code)) issues.push(unknownQuestion(framework, code));
  }
  return issues;
}

function outsideScaleIssue(
  framework: Framework,
  question: Question,
  answer: AnswerValue,
  answers: Answers,
): AssessmentIssue | undefined {
  const problem = outsideScale(framework, question.answers, answer, answers);
  return problem
    ? { code: question.code, rule: 'outside-scale', message: `${question.code} ${problem}` }
    : undefined;
}

function unknownQuestion(framework: Framework, code: string): AssessmentIssue {
  return { code, rule: 'unknown-question', message: `${code} is not a question of ${framework.id}` };
}

function recordedElsewhere(question: Question): AssessmentIssue {
  return {
    code: question.code,
    rule: 'recorded-elsewhere',
    message: `${question.code} is not answered in the assessment: yji records it as ${question.recordedElsewhere!.field}`,
  };
}
