import { locatedQuestions } from '../frameworks/index.ts';
import type { Framework } from '../frameworks/index.ts';
import { answerIssues } from './answer-issues.ts';
import { valuesOf, type Answers, type RationaleNotes } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';
import { contextIssues } from './context-issues.ts';
import { checkExclusion } from './exclusion.ts';
import { CONCERN_NAMES, keyQuestionGate } from './gating.ts';
import type { KeyQuestionGate } from './gating.ts';
import type { AssessmentIssue, AssessmentValidation } from './issues.ts';
import { summaryDisagreesWithPrompts } from './rationale.ts';

// Checks an assessment against its framework version. It reports; it never derives, forces or changes a
// summary judgement, which is the inspector's own (docs/domain.md §3; 001 A 1 S, D 1 S; 003 D 1 S).
export function validateAssessment(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
  rationale: RationaleNotes = {},
): AssessmentValidation {
  const applicableCodes = new Set(applicableQuestions(framework, caseContext, answers).map((q) => q.code));
  return {
    errors: [
      ...contextIssues(framework, caseContext),
      ...answerIssues(framework, caseContext, applicableCodes, answers),
      ...keyQuestionIssues(framework, caseContext, answers),
      ...exclusionIssues(framework, caseContext, answers),
    ],
    warnings: [
      ...rationaleWarnings(framework, applicableCodes, answers, rationale),
      ...alertWarnings(framework, caseContext, applicableCodes, answers),
    ],
  };
}

// The framework's gating rule: the inspector's classification it needs (004 ¶3.26), and the yes it
// prescribes when there are no relevant factors (003 P 2 S, P 3 S, D 2 S, D 3 S).
function keyQuestionIssues(framework: Framework, caseContext: CaseContext, answers: Answers) {
  const issues: AssessmentIssue[] = [];
  // One issue per missing classification, not one per key question it gates.
  const unclassified = new Map<string, Extract<KeyQuestionGate, { state: 'unclassified' }>>();
  for (const section of framework.sections) {
    for (const keyQuestion of section.keyQuestions) {
      const gate = keyQuestionGate(framework, keyQuestion, caseContext);
      const summary = keyQuestion.questions.find((question) => question.kind === 'summary');
      if (gate.state === 'unclassified') unclassified.set(gate.concern, gate);
      if (gate.state === 'no-factors' && summary && answers[summary.code] === 'no') {
        issues.push({
          code: summary.code,
          rule: 'yes-when-no-factors',
          message: `${summary.code} is answered yes when there are no factors related to ${CONCERN_NAMES[gate.concern]} (${gate.source})`,
        });
      }
    }
  }
  for (const gate of unclassified.values()) {
    issues.push({
      code: `inspectorClassification.${gate.concern}`,
      rule: 'classification-needed',
      message: `${framework.id} judges ${CONCERN_NAMES[gate.concern]} only at the inspector's own classification of ${gate.minimumLevel} or above (${gate.source}); record it`,
    });
  }
  return issues;
}

function exclusionIssues(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): AssessmentIssue[] {
  const exclusion = checkExclusion(framework, caseContext, answers);
  switch (exclusion.state) {
    case 'not-excluded':
      return [];
    case 'excluded':
      return [
        {
          code: exclusion.code,
          rule: 'case-excluded',
          message: `${exclusion.code}: the case is excluded from the sample and must be replaced (${exclusion.source})`,
        },
      ];
    case 'needs-care-facts':
      return [
        {
          code: exclusion.code,
          rule: 'care-facts-needed',
          message: `${exclusion.code}: record whether the inspected YJS is the home YJS and took responsibility for assessment (${exclusion.source})`,
        },
      ];
  }
}

// Decision: (docs/domain.md §3) a summary that disagrees with most of its prompts needs a rationale note.
function rationaleWarnings(
  framework: Framework,
  applicableCodes: ReadonlySet<string>,
  answers: Answers,
  rationale: RationaleNotes,
) {
  const warnings: AssessmentIssue[] = [];
  for (const section of framework.sections) {
    for (const keyQuestion of section.keyQuestions) {
      const summary = keyQuestion.questions.find((question) => question.kind === 'summary');
      if (!summary || !applicableCodes.has(summary.code) || rationale[summary.code]?.trim()) continue;
      if (summaryDisagreesWithPrompts(framework, keyQuestion, applicableCodes, answers)) {
        warnings.push({
          code: summary.code,
          rule: 'rationale-needed',
          message: `${summary.code} disagrees with most of its answered prompts; add a rationale note`,
        });
      }
    }
  }
  return warnings;
}

// 002 1.14.1: an answer that points to a child not being kept safe asks the assessor to consider the Alert &
// Action procedure, until an alert is raised on the case.
function alertWarnings(
  framework: Framework,
  caseContext: CaseContext,
  applicableCodes: ReadonlySet<string>,
  answers: Answers,
): AssessmentIssue[] {
  if (caseContext.alertRaised) return [];
  return locatedQuestions(framework).flatMap(({ question }) => {
    const { considerAlert } = question;
    if (!considerAlert || !applicableCodes.has(question.code)) return [];
    const values = valuesOf(answers[question.code]);
    if (!values.some((value) => considerAlert.in.includes(value))) return [];
    return [
      {
        code: question.code,
        rule: 'consider-alert' as const,
        message: `${question.code}: consider raising an alert if the child is not being kept safe (${considerAlert.source})`,
      },
    ];
  });
}
