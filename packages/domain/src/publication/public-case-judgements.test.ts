import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRatings } from '../ratings/compute-ratings.ts';
import { RATED_STANDARDS_2020 } from '../ratings/rated-standards.ts';
import { publicCaseJudgements, type JudgedCase } from './public-case-judgements.ts';

const judgement = fc.constantFrom(true, false, null);
const keyQuestionsOf = (type: JudgedCase['type']) =>
  RATED_STANDARDS_2020.flatMap((standard) =>
    standard.kind === 'case-based' && standard.caseType === type
      ? standard.keyQuestions.map(({ id }) => id)
      : [],
  );
const judgedCase = fc
  .constantFrom('court' as const, 'oocd' as const)
  .chain((type) =>
    fc
      .tuple(...keyQuestionsOf(type).map((id) => fc.tuple(fc.constant(id), judgement)))
      .map((pairs) => ({ type, judgements: Object.fromEntries(pairs) }) satisfies JudgedCase),
  );

describe('publicCaseJudgements', () => {
  it("gives one row per key question of the case's own disposal group, numbering the cases from 1", () => {
    const rows = publicCaseJudgements(
      [
        { type: 'court', judgements: { '2.1.1': true, '2.1.2': false, '3.1.1': true } },
        { type: 'oocd', judgements: { '3.1.1': false } },
      ],
      RATED_STANDARDS_2020,
    );
    expect(rows.filter((row) => row.case === 1)).toHaveLength(12);
    expect(rows.filter((row) => row.case === 2).every((row) => row.disposalGroup === 'out-of-court')).toBe(
      true,
    );
    expect(rows.slice(0, 3)).toEqual([
      { case: 1, disposalGroup: 'court', standard: '2.1', keyQuestion: '2.1.1', judgement: 'yes' },
      { case: 1, disposalGroup: 'court', standard: '2.1', keyQuestion: '2.1.2', judgement: 'no' },
      { case: 1, disposalGroup: 'court', standard: '2.1', keyQuestion: '2.1.3', judgement: 'not applicable' },
    ]);
    // A judgement outside the case's group (a stray 3.1.1 on a court case) is not published.
    expect(rows.some((row) => row.case === 1 && row.keyQuestion === '3.1.1')).toBe(false);
    expect(rows.find((row) => row.case === 2 && row.keyQuestion === '3.1.1')?.judgement).toBe('no');
  });

  it('adds up to the figures the panel rated from: per key question the same yes and applicable counts', () => {
    fc.assert(
      fc.property(fc.array(judgedCase, { maxLength: 30 }), (cases) => {
        const rows = publicCaseJudgements(cases, RATED_STANDARDS_2020);
        const rated = computeRatings({
          cases: cases.map((judged, index) => ({ id: `case-${index}`, ...judged })),
          qualitative: {},
        });
        for (const standard of rated.standards)
          for (const { id, yes, applicable } of standard.keyQuestions) {
            const ofQuestion = rows.filter(({ keyQuestion }) => keyQuestion === id);
            expect(ofQuestion.filter(({ judgement }) => judgement === 'yes')).toHaveLength(yes);
            expect(ofQuestion.filter(({ judgement }) => judgement !== 'not applicable')).toHaveLength(
              applicable,
            );
          }
      }),
    );
  });
});
