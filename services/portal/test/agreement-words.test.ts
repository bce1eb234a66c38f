// The agreement between assessors and blind reviewers as the panel's pack says it: counts in the singular when
// there is one, kappa's value with its interval, and where kappa is not defined, why.
import { describe, expect, it } from 'vitest';
import type { QaFigures } from '@yji/contracts';
import { agreementSentence } from '../src/routes/agreement-words.ts';

const figures = (agreement: Partial<QaFigures['agreement']>, blindReviews: number): QaFigures => ({
  blindReviews,
  agreement: {
    id: 'inspection',
    pairs: 0,
    agreements: 0,
    percentAgreement: null,
    unpaired: 0,
    kappa: { defined: false, reason: 'no-pairs' },
    ...agreement,
  },
  returnedCases: 0,
  returns: 0,
  alertsRaised: 0,
});

describe('agreement in words', () => {
  it('says there is no blind review, or no pair in them, without figures that mean nothing', () => {
    expect(agreementSentence(figures({}, 0))).toBe('No blind review yet');
    expect(agreementSentence(figures({ unpaired: 3 }, 1))).toBe('No paired judgements in 1 blind review');
  });

  it('says why kappa is not defined when everyone gave one answer, in the singular for one review', () => {
    const sentence = agreementSentence(
      figures(
        {
          pairs: 9,
          agreements: 9,
          percentAgreement: 100,
          kappa: { defined: false, reason: 'chance-agreement-is-one' },
        },
        1,
      ),
    );
    expect(sentence).toBe(
      '100.0% of 9 paired judgements in 1 blind review; Cohen’s kappa not defined: one answer was given by everyone',
    );
  });

  it('gives kappa with its 95% interval when it is defined', () => {
    const kappa = {
      defined: true as const,
      value: 0.6123,
      standardError: 0.1,
      ci95: { lower: 0.41, upper: 0.81 },
    };
    expect(agreementSentence(figures({ pairs: 1, agreements: 1, percentAgreement: 80, kappa }, 2))).toBe(
      '80.0% of 1 paired judgement in 2 blind reviews; Cohen’s kappa 0.61 (95% CI 0.41 to 0.81)',
    );
  });
});
