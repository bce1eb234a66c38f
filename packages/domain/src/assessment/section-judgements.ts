// The judgements of one case, section by section: what a 2016 FJI/SQS inspection (002) reports, since the
// seeds give no rule that turns its judgements into ratings (002 mentions scores for "the four inspection
// themes", 9e, without defining them). Nothing here is banded or rated.
import type { Framework, Question } from '../frameworks/index.ts';
import { valuesOf, type Answers } from './answers.ts';
import { applicableQuestions } from './applicability.ts';
import type { CaseContext } from './case-context.ts';

// 002 Introduction: "above the line" is Sufficient, "below the line" Insufficient; N/A where offered; an
// outcome question may also find no evidence either way (4.13.1 "insufficient evidence").
export type JudgementOutcome = 'sufficient' | 'insufficient' | 'not-applicable' | 'no-evidence';

export interface CaseJudgement {
  /** The question code, with the row for a per-factor grid ('3.7.1:ete'). */
  readonly code: string;
  /** 002 column 2: the inspection criterion the judgement contributes to. */
  readonly criterion: string | null;
  readonly outcome: JudgementOutcome;
}

export interface SectionReport {
  readonly section: string;
  readonly name: string;
  readonly judgements: readonly CaseJudgement[];
  readonly counts: Readonly<Record<JudgementOutcome, number>>;
}

const OUTCOMES: Readonly<Record<string, JudgementOutcome>> = {
  sufficient: 'sufficient',
  yes: 'sufficient',
  insufficient: 'insufficient',
  no: 'insufficient',
  not_applicable: 'not-applicable',
  insufficient_evidence: 'no-evidence',
};

/**
 * The scoring judgements that apply to the case (002 marks some "not a scoring question"; they are left out),
 * per section in framework order. `answers` must have passed validateAssessment: an applicable judgement
 * without an answer is refused, never counted as not applicable.
 */
export function sectionJudgements(
  framework: Framework,
  caseContext: CaseContext,
  answers: Answers,
): SectionReport[] {
  const applicable = new Set(applicableQuestions(framework, caseContext, answers));
  return framework.sections.map((section) => {
    const judgements = section.keyQuestions
      .flatMap((keyQuestion) => keyQuestion.questions)
      .filter((question) => question.kind === 'judgement' && !question.notScoring && applicable.has(question))
      .flatMap((question) => judgementsOf(question, answers));
    const counts = { sufficient: 0, insufficient: 0, 'not-applicable': 0, 'no-evidence': 0 };
    for (const { outcome } of judgements) counts[outcome] += 1;
    return { section: section.code, name: section.name, judgements, counts };
  });
}

function judgementsOf(question: Question, answers: Answers): CaseJudgement[] {
  const answer = answers[question.code];
  const criterion = question.criterion ?? null;
  const outcomeOf = (value: string | undefined, code: string): CaseJudgement => {
    const outcome = value === undefined ? undefined : OUTCOMES[value];
    if (!outcome) throw new Error(`${code} has no judgement; validate the assessment before reporting it`);
    return { code, criterion, outcome };
  };
  if (answer !== undefined && typeof answer === 'object' && !Array.isArray(answer)) {
    const grid = answer as Readonly<Record<string, string>>;
    return Object.keys(grid).map((row) => outcomeOf(grid[row], `${question.code}:${row}`));
  }
  return [outcomeOf(valuesOf(answer)[0], question.code)];
}
