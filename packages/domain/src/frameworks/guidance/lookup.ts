// What the web app shows beside a question: our guidance for it, for its key question, section and standard, the
// meaning of the classification levels that bear on it, and the official text where it has been imported.
import { locateQuestion } from '../questions.ts';
import { getFramework } from '../registry.ts';
import type { OfficialLayer } from './official-entry.ts';
import { getFrameworkGuidance } from './registry.ts';
import type {
  ClassificationGuidance,
  KeyQuestionGuidance,
  QuestionGuidance,
  SectionGuidance,
  StandardGuidance,
} from './schema.ts';

export interface OfficialText {
  readonly question?: string;
  readonly keyQuestion?: string;
  readonly standard?: string;
  readonly revision: number;
}

export interface GuidanceForQuestion {
  readonly framework: string;
  readonly code: string;
  readonly question: QuestionGuidance;
  // Absent where the framework introduces its sections instead (fji-sqs-2016: its groups carry no text).
  readonly keyQuestion?: KeyQuestionGuidance;
  readonly section?: SectionGuidance;
  // Present in frameworks that carry a statement per standard (standards-2020).
  readonly standard?: StandardGuidance;
  // The question's own levels, or those of the concern its key question is about.
  readonly levels: readonly ClassificationGuidance[];
  // Present when an official layer for this framework is passed in.
  readonly official?: OfficialText;
}

/** Undefined when the framework or question is unknown or has no guidance. */
export function guidanceForQuestion(
  frameworkId: string,
  code: string,
  official?: OfficialLayer,
): GuidanceForQuestion | undefined {
  const framework = getFramework(frameworkId);
  const guidance = getFrameworkGuidance(frameworkId);
  if (!framework || !guidance) return undefined;
  const located = locateQuestion(framework, code);
  const question = guidance.questions.find((entry) => entry.code === code);
  if (!located || !question) return undefined;
  const keyQuestion = guidance.keyQuestions.find((entry) => entry.code === located.keyQuestion.code);
  const section = guidance.sections.find((entry) => entry.code === located.section.code);
  if (!keyQuestion && !section) return undefined;
  const standard = guidance.standards.find((entry) => entry.code === located.section.code);
  const levels = guidance.classifications.filter(
    (classification) =>
      classification.question === code ||
      (keyQuestion?.concern !== undefined && classification.concern === keyQuestion.concern),
  );
  return {
    framework: frameworkId,
    code,
    question,
    ...(keyQuestion && { keyQuestion }),
    ...(section && { section }),
    ...(standard && { standard }),
    levels,
    ...(official?.framework === frameworkId && {
      official: officialText(official, {
        question: code,
        keyQuestion: located.keyQuestion.code,
        standard: located.section.code,
      }),
    }),
  };
}

function officialText(
  layer: OfficialLayer,
  codes: { question: string; keyQuestion: string; standard: string },
): OfficialText {
  const textOf = (code: string) => layer.entries.find((entry) => entry.code === code)?.text;
  const [question, keyQuestion, standard] = [codes.question, codes.keyQuestion, codes.standard].map(textOf);
  return {
    ...(question !== undefined && { question }),
    ...(keyQuestion !== undefined && { keyQuestion }),
    ...(standard !== undefined && { standard }),
    revision: layer.revision,
  };
}
