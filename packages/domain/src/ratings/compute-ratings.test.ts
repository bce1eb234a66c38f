import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRatings } from './compute-ratings.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import { RATINGS } from './rating.ts';
import type { Rating } from './rating.ts';
import type { RatingsCase, RatingsInput } from './ratings-input-schema.ts';

type Counts = Record<string, readonly [yes: number, no: number]>;

/** Cases of one type where key question k has counts[k][0] yes, then counts[k][1] no, then not applicable. */
function casesOf(type: RatingsCase['type'], counts: Counts): RatingsCase[] {
  const total = Math.max(...Object.values(counts).map(([yes, no]) => yes + no));
  return Array.from({ length: total }, (_, index) => {
    const judgements: Record<string, boolean | null> = {};
    for (const [keyQuestionId, [yes, no]] of Object.entries(counts)) {
      judgements[keyQuestionId] = index < yes ? true : index < yes + no ? false : null;
    }
    return { id: `${type}-${index}`, type, judgements };
  });
}

function everyKeyQuestion(prefix: '2' | '3', yes: number, no: number): Counts {
  const counts: Counts = {};
  for (const standard of RATED_STANDARDS_2020) {
    if (standard.kind === 'case-based' && standard.id.startsWith(`${prefix}.`)) {
      for (const { id } of standard.keyQuestions) counts[id] = [yes, no];
    }
  }
  return counts;
}

const allQualitativeGood: Record<string, Rating> = {
  '1.1': 'Good',
  '1.2': 'Good',
  '1.3': 'Good',
  '1.4': 'Good',
  '3.4': 'Good',
};

function input(court: Counts, oocd: Counts, qualitative = allQualitativeGood): RatingsInput {
  return { cases: [...casesOf('court', court), ...casesOf('oocd', oocd)], qualitative };
}

const allGood = input(everyKeyQuestion('2', 7, 3), everyKeyQuestion('3', 7, 3));

/** Court cases 9 of 10 yes throughout; out-of-court `yes` of `yes + no` but for the `changed` key questions. */
const outOfCourtAs = (yes: number, no: number, changed: Counts) =>
  input(everyKeyQuestion('2', 9, 1), { ...everyKeyQuestion('3', yes, no), ...changed });

function standard(result: ReturnType<typeof computeRatings>, id: string) {
  const found = result.standards.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no standard ${id}`);
  return found;
}

describe('computeRatings', () => {
  it('rates each key question from applicable cases judged yes (004 ¶3.23)', () => {
    const result = computeRatings(allGood);
    expect(standard(result, '2.1').keyQuestions[0]).toEqual({
      id: '2.1.1',
      yes: 7,
      applicable: 10,
      percent: 70,
      band: 'Good',
    });
  });

  it('gives a standard the band of its lowest key question and names it (004 ¶3.24–3.25)', () => {
    const result = computeRatings(
      input({ ...everyKeyQuestion('2', 9, 1), '2.2.3': [11, 9] }, everyKeyQuestion('3', 9, 1)),
    );
    expect(standard(result, '2.2')).toMatchObject({
      rating: 'Requires improvement',
      drivenBy: '2.2.3',
      smallSample: false,
    });
    expect(standard(result, '2.1')).toMatchObject({ rating: 'Outstanding' });
  });

  it('compares the unrounded fraction: 79.6% is Good though it shows as 80%', () => {
    const result = computeRatings(
      input({ ...everyKeyQuestion('2', 45, 5), '2.3.2': [39, 10] }, everyKeyQuestion('3', 9, 1)),
    );
    expect(standard(result, '2.3')).toMatchObject({ rating: 'Good', drivenBy: '2.3.2' });
    expect(standard(result, '2.3').keyQuestions[1]).toMatchObject({ percent: 80, band: 'Good' });
  });

  // OOCD: desistance judged on all ten cases, risk of harm only on the five medium or high (004 ¶3.27).
  it.each([
    [
      'flags a small sample when the lowest key question rests on five cases (004 ¶3.28)',
      [9, 1],
      { '3.1.3': [2, 3] },
      { id: '3.1', rating: 'Inadequate', drivenBy: '3.1.3', smallSample: true },
    ],
    [
      'flags no small sample when the lowest key question rests on six cases (004 ¶3.28)',
      [9, 1],
      { '3.1.3': [2, 4] },
      { id: '3.1', rating: 'Inadequate', drivenBy: '3.1.3', smallSample: false },
    ],
    [
      'on equal proportions treats the key question with fewer cases as the lowest',
      [8, 2],
      { '3.2.2': [4, 1] },
      { id: '3.2', rating: 'Outstanding', drivenBy: '3.2.2', smallSample: true },
    ],
  ] as const)('%s', (_, [yes, no], changed, expected) => {
    const result = computeRatings(outOfCourtAs(yes, no, changed));
    expect(standard(result, expected.id)).toMatchObject(expected);
  });

  it('leaves a standard unrated when a key question has no applicable case, and the overall with it', () => {
    const result = computeRatings(outOfCourtAs(9, 1, { '3.3.2': [0, 0] }));
    expect(standard(result, '3.3')).toMatchObject({ rating: null, drivenBy: null, smallSample: false });
    expect(standard(result, '3.3').keyQuestions[1]).toEqual({
      id: '3.3.2',
      yes: 0,
      applicable: 0,
      percent: null,
      band: null,
    });
    expect(result).toMatchObject({ missing: ['3.3'], score: null, overall: null });
  });

  it('lists a qualitative standard that always counts but was not given as missing', () => {
    const { '1.2': _omitted, ...withoutStaff } = allQualitativeGood;
    const result = computeRatings({ ...allGood, qualitative: withoutStaff });
    expect(standard(result, '1.2')).toMatchObject({ kind: 'qualitative', rating: null, keyQuestions: [] });
    expect(result.missing).toEqual(['1.2']);
  });

  it('scores 12 standards out of 36 with the 12-standard table (004 ¶3.21)', () => {
    const result = computeRatings(allGood);
    expect(result.standards.map(({ id }) => id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
    ]);
    expect(result).toMatchObject({ score: 24, maxScore: 36, overall: 'Good', missing: [] });
    expect(result.thresholds.id).toBe('yjs-2020-12-standards');
  });

  it('counts resettlement 2.5 with five custody cases, scoring 13 standards out of 39 (004 ¶3.15)', () => {
    const result = computeRatings({
      ...allGood,
      qualitative: { ...allQualitativeGood, '2.5': 'Inadequate' },
      custodyCases: 5,
    });
    expect(result.standards).toHaveLength(13);
    expect(standard(result, '2.5').rating).toBe('Inadequate');
    // 12 × Good + Inadequate = 24: Good on the 13-standard table (20–32).
    expect(result).toMatchObject({ score: 24, maxScore: 39, overall: 'Good' });
    expect(result.thresholds).toMatchObject({
      id: 'yjs-2020-13-standards',
      confirmedFromPrimarySource: false,
    });
  });

  describe('resettlement 2.5 only with five custody cases (004 ¶3.15), whoever computes', () => {
    const rated = (custodyCases: number | undefined, resettlement?: Rating) =>
      computeRatings({
        ...allGood,
        qualitative: { ...allQualitativeGood, ...(resettlement ? { '2.5': resettlement } : {}) },
        ...(custodyCases === undefined ? {} : { custodyCases }),
      });

    it('leaves a 2.5 rating out with fewer custody cases, or none given: 12 standards, the 12-standard table', () => {
      for (const custodyCases of [undefined, 0, 4]) {
        const result = rated(custodyCases, 'Inadequate');
        expect(
          result.standards.map(({ id }) => id),
          `${custodyCases}`,
        ).not.toContain('2.5');
        expect(result).toMatchObject({ score: 24, maxScore: 36, overall: 'Good', missing: [] });
        expect(result.thresholds.id).toBe('yjs-2020-12-standards');
      }
    });

    it('counts 2.5 from the fifth custody case, waiting for its rating like any other', () => {
      const result = rated(5);
      expect(result.standards).toHaveLength(13);
      expect(result).toMatchObject({ score: null, overall: null, missing: ['2.5'], maxScore: 39 });
    });

    it('counts 13 standards exactly when there are five custody cases or more, rated or not', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: 40 }),
          fc.option(fc.constantFrom(...RATINGS), { nil: undefined }),
          (custodyCases, resettlement) => {
            const result = rated(custodyCases, resettlement);
            expect(result.standards).toHaveLength(custodyCases >= 5 ? 13 : 12);
            expect(result.thresholds.standardCount).toBe(custodyCases >= 5 ? 13 : 12);
          },
        ),
      );
    });
  });

  it('ignores a judgement filed under the other case type', () => {
    const stray: RatingsCase = { id: 'stray', type: 'court', judgements: { '3.1.1': false } };
    const result = computeRatings({ ...allGood, cases: [...allGood.cases, stray] });
    expect(standard(result, '3.1').keyQuestions[0]).toMatchObject({ yes: 7, applicable: 10 });
  });

  describe('desistance-first OOCD option (004 ¶3.31)', () => {
    const riskLow = input(everyKeyQuestion('2', 9, 1), { ...everyKeyQuestion('3', 9, 1), '3.2.3': [1, 4] });

    it('is not the default', () => {
      expect(standard(computeRatings(riskLow), '3.2')).toMatchObject({
        rating: 'Inadequate',
        drivenBy: '3.2.3',
      });
    });

    it('lowers the desistance band by one at most, and only for domain three', () => {
      const court = input({ ...everyKeyQuestion('2', 9, 1), '2.2.3': [1, 4] }, everyKeyQuestion('3', 9, 1));
      const options = { oocdRule: 'desistance-first' } as const;
      expect(standard(computeRatings(riskLow, options), '3.2')).toMatchObject({
        rating: 'Good',
        drivenBy: '3.2.3',
        smallSample: true,
      });
      expect(standard(computeRatings(court, options), '2.2')).toMatchObject({ rating: 'Inadequate' });
    });
  });
});
