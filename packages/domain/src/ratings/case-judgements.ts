// Whether one approved case's judgements can count: each must be for a key question its own framework rates
// on its kind of case (004 Annexe A; 000 J for the earlier domain three's partnership standard). The ratings
// service checks this where the judgements arrive, so a stray key never reaches a computation.
import { ratedStandardsFor } from './rated-standards-for.ts';
import { ratingsInputSchemaFor } from './ratings-input-schema.ts';
import type { CaseType } from './rated-standards.ts';

/** The problems, by key question id (never a judgement's value); empty when the judgements fit. */
export function caseJudgementProblems(
  frameworkId: string,
  caseType: CaseType,
  judgements: Readonly<Record<string, boolean | null>>,
): string[] {
  // The case's framework on both sides: only its own kind of case is read, so the other side's choice does
  // not matter, and a framework that rates 3.4 case by case (000) supplies that standard's key questions.
  const standards = ratedStandardsFor({
    courtDisposals: frameworkId,
    outOfCourt: frameworkId,
    standards: 'standards-2020',
  });
  const checked = ratingsInputSchemaFor(standards).safeParse({
    cases: [{ id: 'case', type: caseType, judgements }],
  });
  return checked.success
    ? []
    : checked.error.issues.map(({ path, message }) => `${String(path.at(-1))}: ${message}`);
}
