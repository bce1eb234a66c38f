// What the case context must carry for the framework's rules to be decided: a disposal type the framework
// lists, the 2016 programme where its questions depend on it, the interview where they depend on it (002
// 13a–13c, View 5), and an interview record that is complete and consistent.
import { locatedQuestions } from '../frameworks/index.ts';
import type { Condition, Framework } from '../frameworks/index.ts';
import type { CaseContext } from './case-context.ts';
import { interviewProblems } from './interview.ts';
import type { AssessmentIssue } from './issues.ts';

export function contextIssues(framework: Framework, caseContext: CaseContext): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const listed = framework.disposalTypes;
  if (listed && !listed.includes(caseContext.disposalType as (typeof listed)[number])) {
    issues.push({
      code: 'disposalType',
      rule: 'unknown-disposal-type',
      message: `the disposal type is not one of ${framework.id}'s: ${listed.join(', ')}`,
    });
  }
  const reads = new Set(everyCondition(framework).map((condition) => condition.when));
  if ((reads.has('programme') || reads.has('module')) && caseContext.inspection?.programme === undefined) {
    issues.push({
      code: 'inspection.programme',
      rule: 'programme-needed',
      message: `${framework.id} asks some questions only in one programme (FJI or SQS) or module; record the inspection's programme`,
    });
  }
  if (reads.has('interview') && caseContext.interview === undefined) {
    issues.push({
      code: 'interview',
      rule: 'interview-needed',
      message: `${framework.id} asks some questions only after the interview (002 13a–13b, View 5); record whether it took place`,
    });
  }
  const country = caseContext.inspection?.country ?? 'england';
  for (const problem of caseContext.interview ? interviewProblems(caseContext.interview, country) : [])
    issues.push({ code: `interview.${problem.field}`, rule: 'interview-record', message: problem.message });
  return issues;
}

function everyCondition(framework: Framework): Condition[] {
  const conditions: (Condition | undefined)[] = [];
  for (const section of framework.sections) {
    conditions.push(section.appliesWhen);
    for (const keyQuestion of section.keyQuestions) conditions.push(keyQuestion.appliesWhen);
  }
  for (const { question } of locatedQuestions(framework))
    conditions.push(question.appliesWhen, question.expectedAnswer?.when);
  return conditions.filter((condition): condition is Condition => condition !== undefined);
}
