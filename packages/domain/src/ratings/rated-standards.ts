// Which standards are rated, and how: from case judgements or as a single qualitative rating (004 Annexe A).
export type CaseType = 'court' | 'oocd';

// 004 ¶3.24: every case-based standard asks the same three key questions, in this order.
export const KEY_QUESTION_FOCUSES = ['desistance', 'safety-and-wellbeing', 'risk-of-harm'] as const;

// 000 J 1, J 2: the earlier domain three's partnership (joint working) standard asks other key questions.
export type KeyQuestionFocus = (typeof KEY_QUESTION_FOCUSES)[number] | 'partnership-working';

export interface RatedStandardKeyQuestion {
  id: string;
  focus: KeyQuestionFocus;
}

export interface CaseBasedStandard {
  id: string;
  kind: 'case-based';
  /** Domain two standards are judged on court cases, domain three on out-of-court (OOCD) cases. */
  caseType: CaseType;
  keyQuestions: readonly RatedStandardKeyQuestion[];
  /**
   * How the key questions give the standard's rating. Absent: the lowest of the three (004 ¶3.24), or the
   * desistance-first option for OOCD. 'lowest-judged-key-question': the lowest key question that has an
   * applicable case (the earlier partnership standard, which ¶3.24 leaves out of the three-question rule).
   */
  rule?: 'lowest-judged-key-question';
}

export interface QualitativeStandard {
  id: string;
  kind: 'qualitative';
  /**
   * 'always': part of every composite score; 'with-custody-cases': only in an inspection with enough custody
   * cases (2.5, 004 ¶3.15; resettlementInScope), whether or not it has been rated yet.
   */
  counts: 'always' | 'with-custody-cases';
}

export type RatedStandard = CaseBasedStandard | QualitativeStandard;

function caseBased(id: string, caseType: CaseType): CaseBasedStandard {
  const keyQuestions = KEY_QUESTION_FOCUSES.map((focus, index) => ({ id: `${id}.${index + 1}`, focus }));
  return { id, kind: 'case-based', caseType, keyQuestions };
}

function qualitative(id: string, counts: QualitativeStandard['counts'] = 'always'): QualitativeStandard {
  return { id, kind: 'qualitative', counts };
}

// The 2020 standards (004 Annexe A), in report order.
export const RATED_STANDARDS_2020: readonly RatedStandard[] = [
  // 004 ¶3.22: domain one ratings are a single judgement proposed by the lead inspector.
  qualitative('1.1'),
  qualitative('1.2'),
  qualitative('1.3'),
  qualitative('1.4'),
  // 004 ¶3.23: domains two and three are rated from case judgements.
  caseBased('2.1', 'court'),
  caseBased('2.2', 'court'),
  caseBased('2.3', 'court'),
  caseBased('2.4', 'court'),
  // 004 ¶3.13–3.15: resettlement is rated only when the YJS has at least five custody cases.
  qualitative('2.5', 'with-custody-cases'),
  caseBased('3.1', 'oocd'),
  caseBased('3.2', 'oocd'),
  caseBased('3.3', 'oocd'),
  // 004 ¶3.20: OOCD policy and provision replaces the case-based joint working standard.
  qualitative('3.4'),
];
