// The open data's case judgements (issue 11, What the public gets: `case-judgements.csv`): one row per case
// and key question of the standards its disposal group is rated on (004 ¶3.23–3.24), as the panel counted
// them. A case is known only by a number given here, in the order the cases come; no case reference and
// nothing else about the child reaches the rows. A missing or null judgement is "not applicable" (004 ¶3.26).
import type { CaseType, RatedStandard } from '../ratings/rated-standards.ts';

export const PUBLIC_DISPOSAL_GROUPS = { court: 'court', oocd: 'out-of-court' } as const;
export const PUBLIC_JUDGEMENTS = ['yes', 'no', 'not applicable'] as const;

export interface JudgedCase {
  type: CaseType;
  /** Key question id → true (yes), false (no), null or absent (does not apply). */
  judgements: Readonly<Record<string, boolean | null | undefined>>;
}

export interface PublicCaseJudgement {
  /** The case's number in the published file, from 1; not its case reference. */
  case: number;
  disposalGroup: (typeof PUBLIC_DISPOSAL_GROUPS)[CaseType];
  standard: string;
  keyQuestion: string;
  judgement: (typeof PUBLIC_JUDGEMENTS)[number];
}

const judgementOf = (value: boolean | null | undefined) =>
  value === true ? 'yes' : value === false ? 'no' : 'not applicable';

export function publicCaseJudgements(
  cases: readonly JudgedCase[],
  standards: readonly RatedStandard[],
): PublicCaseJudgement[] {
  return cases.flatMap((judged, index) =>
    standards.flatMap((standard) =>
      standard.kind === 'case-based' && standard.caseType === judged.type
        ? standard.keyQuestions.map(({ id }) => ({
            case: index + 1,
            disposalGroup: PUBLIC_DISPOSAL_GROUPS[judged.type],
            standard: standard.id,
            keyQuestion: id,
            judgement: judgementOf(judged.judgements[id]),
          }))
        : [],
    ),
  );
}
