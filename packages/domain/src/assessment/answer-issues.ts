// Every applicable question answered within its scale, and as its rules prescribe; no answer to a question
// that does not apply, that yji records elsewhere, or that this framework version does not have.
import { locatedQuestions } from '../frameworks/index.ts';
import type { Framework, Question } from '../frameworks/index.ts';
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
      issues.push({ code, rule: 'unanswered', message: `${code} applies to this case and is not answered` });
    } else {
      const problem = outsideScale(framework, question.answers, answer, answers);
      const rowsLeft = unansweredGridRows(framework, question.answers, answer, answers);
      if (problem) issues.push({ code, rule: 'outside-scale', message: `${code} ${problem}` });
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
    if (!known.has(code)) {
      issues.push({
        code,
        rule: 'unknown-question',
        message: `${code} is not a question of ${framework.id}`,
      });
    }
  }
  return issues;
}

function recordedElsewhere(question: Question): AssessmentIssue {
  return {
    code: question.code,
    rule: 'recorded-elsewhere',
    message: `${question.code} is not answered in the assessment: yji records it as ${question.recordedElsewhere!.field}`,
  };
}
