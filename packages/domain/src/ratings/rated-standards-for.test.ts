import { describe, expect, it } from 'vitest';
import { keyQuestionJudgements } from '../assessment/judgements.ts';
import { OOCD_CASE, completeAnswers } from '../assessment/complete-answers.fixture.ts';
import type { CaseContext } from '../assessment/case-context.ts';
import { requireFramework } from '../frameworks/index.ts';
import { computeRatings } from './compute-ratings.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import { ratedStandardsFor } from './rated-standards-for.ts';
import { ratingsInputSchema, ratingsInputSchemaFor } from './ratings-input-schema.ts';

const LEGACY = { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-legacy', standards: 'standards-2020' };
const legacy = requireFramework('d3-legacy');

// Out-of-court cases judged against 000, with J 1 yes in `j1Yes` of them; J 2 only in the YCC cases.
function legacyCases(count: number, j1Yes: number, yccCount: number) {
  return Array.from({ length: count }, (_, index) => {
    const context: CaseContext = {
      ...OOCD_CASE,
      disposalType: index < yccCount ? 'youth_conditional_caution' : 'community_resolution',
    };
    const answers = completeAnswers(legacy, context, { J1S: index < j1Yes ? 'yes' : 'no' });
    return {
      id: `O${index}`,
      type: 'oocd' as const,
      judgements: keyQuestionJudgements(legacy, context, answers),
    };
  });
}

describe('ratedStandardsFor', () => {
  it('gives the 2020 standards for the current banks', () => {
    expect(ratedStandardsFor({ ...LEGACY, outOfCourt: 'd3-v3.6' })).toEqual(RATED_STANDARDS_2020);
  });

  it('rates 3.4 case by case from section J with the earlier domain three (000), in the same place', () => {
    const standards = ratedStandardsFor(LEGACY);
    expect(standards.map(({ id }) => id)).toEqual(RATED_STANDARDS_2020.map(({ id }) => id));
    expect(standards.find(({ id }) => id === '3.4')).toEqual({
      id: '3.4',
      kind: 'case-based',
      caseType: 'oocd',
      keyQuestions: [
        { id: '3.4.1', focus: 'partnership-working' },
        { id: '3.4.2', focus: 'partnership-working' },
      ],
      rule: 'lowest-judged-key-question',
    });
  });

  it('has no rating rules for the 2016 programme, which defines none (002)', () => {
    expect(() =>
      ratedStandardsFor({ courtDisposals: 'fji-sqs-2016', outOfCourt: 'none', standards: 'none' }),
    ).toThrow('no rating rules for standards "none"');
  });
});

describe('rating an inspection that used the earlier domain three (000)', () => {
  const input = { cases: legacyCases(10, 7, 4), qualitative: {} };

  it('is refused by the 2020 input, which has no case-based 3.4', () => {
    expect(ratingsInputSchema.safeParse(input).success).toBe(false);
  });

  it('takes 3.4 from its lowest judged key question: J 1 70% Good, J 2 (YCC only) 4 of 4', () => {
    const standards = ratedStandardsFor(LEGACY);
    const parsed = ratingsInputSchemaFor(standards).parse(input);
    const partnership = computeRatings(parsed, { standards }).standards.find(({ id }) => id === '3.4');
    expect(partnership).toMatchObject({
      kind: 'case-based',
      rating: 'Good',
      drivenBy: '3.4.1',
      keyQuestions: [
        { id: '3.4.1', yes: 7, applicable: 10, band: 'Good' },
        { id: '3.4.2', yes: 4, applicable: 4, band: 'Outstanding' },
      ],
    });
  });

  it('still rates 3.4 when no YCC case was sampled, from J 1 alone, and flags a small J 2', () => {
    const standards = ratedStandardsFor(LEGACY);
    const rate = (cases: ReturnType<typeof legacyCases>) =>
      computeRatings(ratingsInputSchemaFor(standards).parse({ cases }), { standards }).standards.find(
        ({ id }) => id === '3.4',
      );
    expect(rate(legacyCases(10, 9, 0))).toMatchObject({
      rating: 'Outstanding',
      drivenBy: '3.4.1',
      smallSample: false,
    });
    // J 2 on three YCC cases, two of them no (J 2 S defaults to yes; make two no).
    const cases = legacyCases(10, 9, 3).map((ratingsCase, index) =>
      index < 2 ? { ...ratingsCase, judgements: { ...ratingsCase.judgements, '3.4.2': false } } : ratingsCase,
    );
    expect(rate(cases)).toMatchObject({ rating: 'Inadequate', drivenBy: '3.4.2', smallSample: true });
  });

  it('counts twelve standards and uses the 12-standard thresholds', () => {
    const standards = ratedStandardsFor(LEGACY);
    const result = computeRatings(ratingsInputSchemaFor(standards).parse(input), { standards });
    expect(result.standards).toHaveLength(12);
    expect(result.thresholds.standardCount).toBe(12);
  });
});
