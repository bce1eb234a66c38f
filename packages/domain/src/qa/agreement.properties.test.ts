// Properties agreement figures keep whatever the judgements.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureAgreement } from './agreement.ts';
import type { AgreementSummary, BlindReview } from './agreement.ts';
import { cohensKappa } from './kappa.ts';
import type { PairedCounts } from './kappa.ts';

const counts: fc.Arbitrary<PairedCounts> = fc.record({
  bothYes: fc.nat(60),
  firstYesSecondNo: fc.nat(60),
  firstNoSecondYes: fc.nat(60),
  bothNo: fc.nat(60),
});

const judgement = fc.constantFrom(true, false, null);
const keyQuestions = fc.dictionary(fc.constantFrom('2.1.1', '2.1.2', '2.1.3', '3.1.1'), judgement);
const blindReviews: fc.Arbitrary<BlindReview[]> = fc.array(
  fc.record({
    caseRef: fc.string(),
    assessorId: fc.constantFrom('i1', 'i2', 'l1'),
    assessor: keyQuestions,
    reviewer: keyQuestions,
  }),
  { maxLength: 30 },
);

const total = (summaries: AgreementSummary[], field: 'pairs' | 'agreements' | 'unpaired') =>
  summaries.reduce((sum, summary) => sum + summary[field], 0);

describe('agreement properties', () => {
  it('kappa is at most 1 and inside its interval, which lies in [−1, 1]', () => {
    fc.assert(
      fc.property(counts, (table) => {
        const kappa = cohensKappa(table);
        if (!kappa.defined) return;
        expect(kappa.value).toBeLessThanOrEqual(1 + 1e-12);
        expect(kappa.standardError).toBeGreaterThanOrEqual(0);
        expect(kappa.ci95.lower).toBeGreaterThanOrEqual(-1);
        expect(kappa.ci95.upper).toBeLessThanOrEqual(1);
        expect(kappa.ci95.lower).toBeLessThanOrEqual(kappa.value + 1e-12);
        expect(kappa.ci95.upper).toBeGreaterThanOrEqual(kappa.value - 1e-12);
      }),
    );
  });

  it('kappa and its error are the same whichever rater is first, and whichever answer is called yes', () => {
    fc.assert(
      fc.property(counts, (table) => {
        const kappa = cohensKappa(table);
        const swappedRaters = cohensKappa({
          ...table,
          firstYesSecondNo: table.firstNoSecondYes,
          firstNoSecondYes: table.firstYesSecondNo,
        });
        const swappedAnswers = cohensKappa({
          bothYes: table.bothNo,
          firstYesSecondNo: table.firstNoSecondYes,
          firstNoSecondYes: table.firstYesSecondNo,
          bothNo: table.bothYes,
        });
        for (const other of [swappedRaters, swappedAnswers]) {
          expect(other.defined).toBe(kappa.defined);
          if (!kappa.defined || !other.defined) continue;
          expect(other.value).toBeCloseTo(kappa.value, 10);
          expect(other.standardError).toBeCloseTo(kappa.standardError, 10);
        }
      }),
    );
  });

  it('the inspection’s pairs are the sum of the key questions’ and of the assessors’', () => {
    fc.assert(
      fc.property(blindReviews, (reviews) => {
        const report = measureAgreement(reviews);
        for (const field of ['pairs', 'agreements', 'unpaired'] as const) {
          expect(total(report.byKeyQuestion, field)).toBe(report.inspection[field]);
          expect(total(report.byAssessor, field)).toBe(report.inspection[field]);
        }
      }),
    );
  });
});
