// What a field-by-field schema cannot see in a framework: codes are unique; rules read questions that exist
// and come earlier (so applicability is decided in one pass), on values those questions can take; disposal
// types in rules are the framework's own; summaries are yes/no and each key question has at most one.
import type { Condition } from './condition-schema.ts';
import { questionsReadBy } from './condition-schema.ts';
import type { KeyQuestion, Question, Section } from './question-schema.ts';
import { allowedValues } from './scale.ts';
import type { Framework } from './schema.ts';

export function integrityProblems(framework: Framework): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Question>();
  const keyQuestionCodes = new Set<string>();
  const disposalTypes = new Set<string>(framework.disposalTypes ?? []);

  const checkCondition = (owner: string, condition: Condition | undefined) => {
    if (condition?.when === 'disposal-type') {
      const unknown = condition.in.filter((type) => !disposalTypes.has(type));
      if (unknown.length > 0)
        problems.push(`${owner} names disposal types that are not the framework's: ${unknown.join(', ')}`);
    }
    for (const code of questionsReadBy(condition)) {
      const read = seen.get(code);
      if (!read) problems.push(`${owner} depends on ${code}, which is not an earlier question`);
      else if (read.recordedElsewhere) problems.push(`${owner} depends on ${code}, which is not answered`);
      else if (!withinScale(read, (condition as { in: readonly string[] }).in))
        problems.push(`${owner} depends on ${code} values outside its scale`);
    }
  };

  const checkQuestion = (keyQuestion: KeyQuestion, question: Question) => {
    const { code } = question;
    if (seen.has(code)) problems.push(`question ${code} appears twice`);
    checkCondition(code, question.appliesWhen);
    if (question.kind === 'summary' && !(question.answers.type === 'yes-no' && !question.answers.third))
      problems.push(`summary ${code} must be answered yes or no`);
    if (question.ungated && (!keyQuestion.gated || question.kind === 'summary'))
      problems.push(`${code} is marked ungated but is not a question a gate would close`);
    if (question.expectedAnswer) {
      checkCondition(code, question.expectedAnswer.when);
      if (!withinScale(question, [question.expectedAnswer.value]))
        problems.push(`${code} expects an answer outside its scale`);
    }
    if (question.considerAlert && !withinScale(question, question.considerAlert.in))
      problems.push(`${code} asks to consider an alert on values outside its scale`);
    const rows = question.answers.type === 'grid' ? question.answers.rows : undefined;
    if (rows && 'chosenAt' in rows && seen.get(rows.chosenAt)?.answers.type !== 'choices')
      problems.push(`${code} takes its rows from ${rows.chosenAt}, which is not an earlier choice question`);
    seen.set(code, question);
  };

  const checkKeyQuestion = (section: Section, keyQuestion: KeyQuestion) => {
    if (keyQuestionCodes.has(keyQuestion.code))
      problems.push(`key question ${keyQuestion.code} appears twice`);
    keyQuestionCodes.add(keyQuestion.code);
    if (keyQuestion.standard && !keyQuestion.standard.startsWith(`${section.standard}.`)) {
      problems.push(
        `key question ${keyQuestion.code} (${keyQuestion.standard}) is not under standard ${section.standard}`,
      );
    }
    if (keyQuestion.gated && framework.gating.mode === 'none') {
      problems.push(`key question ${keyQuestion.code} is gated but the framework has no gating rule`);
    }
    checkCondition(keyQuestion.code, keyQuestion.appliesWhen);
    const summaries = keyQuestion.questions.filter((question) => question.kind === 'summary');
    if (summaries.length > 1) problems.push(`key question ${keyQuestion.code} has more than one summary`);
    for (const question of keyQuestion.questions) checkQuestion(keyQuestion, question);
  };

  for (const section of framework.sections) {
    checkCondition(`section ${section.code}`, section.appliesWhen);
    for (const keyQuestion of section.keyQuestions) checkKeyQuestion(section, keyQuestion);
  }
  return problems;
}

function withinScale(question: Question, values: readonly string[]): boolean {
  const allowed = allowedValues(question.answers);
  return allowed !== undefined && values.every((value) => allowed.includes(value));
}
