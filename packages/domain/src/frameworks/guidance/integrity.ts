// What a field-by-field schema cannot see: every entry of a guidance file names a code its framework has,
// once, and cross-references resolve. Completeness (every code has guidance) is the coverage test's job.
import { locatedQuestions } from '../questions.ts';
import type { Framework } from '../schema.ts';
import type { FrameworkGuidance } from './schema.ts';

/** The codes a framework answers to: sections, key questions and questions. */
export function frameworkCodes(framework: Framework): {
  sections: Set<string>;
  keyQuestions: Set<string>;
  questions: Set<string>;
} {
  return {
    sections: new Set(framework.sections.map((section) => section.code)),
    keyQuestions: new Set(
      framework.sections.flatMap((section) => section.keyQuestions.map((keyQuestion) => keyQuestion.code)),
    ),
    questions: new Set(locatedQuestions(framework).map(({ question }) => question.code)),
  };
}

function repeated(codes: readonly string[]): string[] {
  return codes.filter((code, index) => codes.indexOf(code) !== index);
}

export function guidanceProblems(
  guidance: FrameworkGuidance,
  framework: Framework,
  frameworkById: (id: string) => Framework | undefined,
): string[] {
  const problems: string[] = [];
  const codes = frameworkCodes(framework);
  const entries: [kind: string, codes: readonly string[], known: Set<string>][] = [
    ['standard', guidance.standards.map((entry) => entry.code), codes.sections],
    ['section', guidance.sections.map((entry) => entry.code), codes.sections],
    ['key question', guidance.keyQuestions.map((entry) => entry.code), codes.keyQuestions],
    ['question', guidance.questions.map((entry) => entry.code), codes.questions],
    ['classification', guidance.classifications.map((entry) => entry.question), codes.questions],
  ];
  for (const [kind, listed, known] of entries) {
    for (const code of listed.filter((entry) => !known.has(entry)))
      problems.push(`${kind} ${code} is not in ${framework.id}`);
    for (const code of repeated(listed)) problems.push(`${kind} ${code} has guidance twice`);
  }
  const scales = new Map(
    locatedQuestions(framework).map(({ question }) => [question.code, question.answers.type]),
  );
  for (const { question } of guidance.classifications) {
    if (scales.has(question) && scales.get(question) !== 'classification')
      problems.push(`classification ${question} is not a classification question`);
  }
  for (const { code, seeAlso } of guidance.questions) {
    for (const reference of seeAlso) {
      const target = reference.framework === undefined ? framework : frameworkById(reference.framework);
      const targetCodes = target && frameworkCodes(target);
      if (!targetCodes?.questions.has(reference.code) && !targetCodes?.keyQuestions.has(reference.code))
        problems.push(
          `${code} refers to ${reference.framework ?? framework.id} ${reference.code}, which does not exist`,
        );
    }
  }
  return problems;
}
