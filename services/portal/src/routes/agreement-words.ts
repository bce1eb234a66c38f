// Agreement between assessors and blind reviewers in words, for the lead's QA progress and the panel's pack:
// the share of pairs that agree and Cohen's kappa, and where kappa is not defined, why.
import type { z } from 'zod';
import type { AgreementFigures, QaFigures } from '@yji/contracts';

type Figures = z.infer<typeof AgreementFigures>;

const kappaInWords = ({ kappa }: Figures) =>
  kappa.defined
    ? `${kappa.value.toFixed(2)} (95% CI ${kappa.ci95.lower.toFixed(2)} to ${kappa.ci95.upper.toFixed(2)})`
    : kappa.reason === 'no-pairs'
      ? 'Not defined: no pairs'
      : 'Not defined: one answer was given by everyone';

/** One row of an agreement table, in words: "not defined" says why. */
export function agreementRow(figures: Figures) {
  return {
    id: figures.id,
    pairs: figures.pairs,
    unpaired: figures.unpaired,
    percent: figures.percentAgreement === null ? 'No pairs' : `${figures.percentAgreement.toFixed(1)}%`,
    kappa: kappaInWords(figures),
  };
}

const counted = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** "100.0% of 9 paired judgements in 1 blind review; Cohen's kappa not defined: one answer was given by everyone". */
export function agreementSentence({ agreement, blindReviews }: QaFigures): string {
  if (blindReviews === 0) return 'No blind review yet';
  const reviews = counted(blindReviews, 'blind review');
  if (agreement.pairs === 0) return `No paired judgements in ${reviews}`;
  const { percent, kappa } = agreementRow(agreement);
  const pairs = `${counted(agreement.pairs, 'paired judgement')} in ${reviews}`;
  return `${percent} of ${pairs}; Cohen’s kappa ${kappa.charAt(0).toLowerCase()}${kappa.slice(1)}`;
}
