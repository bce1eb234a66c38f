// One shape for every figure a bench reports (issue 12): its value and unit, the baseline measured in the
// same run, their ratio, the budget if the issue sets one, and whether the figure is within it. A budget
// that the run cannot judge (a rate below the budget's) says so instead of passing or failing.
export type Budget =
  | {
      /** The figure must be below this, in the measure's unit. */
      below: number;
      /** Judged only at this rate (req/s) or above. */
      atRate?: number;
    }
  | {
      /** The figure must be at least this share of its baseline (a throughput: 0.2 is "at least 1/5"). */
      ratioAtLeast: number;
    };

export interface Measure {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value / baseline, 2 decimals; null without a baseline. */
  ratio: number | null;
  budget: Budget | null;
  /** null when there is no budget, or the run's rate is below the budget's. */
  withinBudget: boolean | null;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

export function measureOf(
  name: string,
  value: number,
  unit: string,
  {
    baseline = null,
    budget = null,
    rate,
  }: { baseline?: number | null; budget?: Budget | null; rate?: number },
): Measure {
  return {
    name,
    value: twoDecimals(value),
    unit,
    baseline: baseline === null ? null : twoDecimals(baseline),
    ratio: baseline ? twoDecimals(value / baseline) : null,
    budget,
    withinBudget: judgement(value, baseline, budget, rate),
  };
}

function judgement(value: number, baseline: number | null, budget: Budget | null, rate?: number) {
  if (budget === null) return null;
  if ('ratioAtLeast' in budget) return baseline ? value / baseline >= budget.ratioAtLeast : null;
  const judged = budget.atRate === undefined || (rate ?? 0) >= budget.atRate;
  return judged ? value < budget.below : null;
}

const budgetText = (budget: Budget, unit: string) =>
  'ratioAtLeast' in budget
    ? `≥ ${budget.ratioAtLeast} × baseline`
    : `< ${budget.below} ${unit}${budget.atRate ? ` at ${budget.atRate} req/s` : ''}`;

/** The measures as a table on stdout. */
export function printMeasures(measures: readonly Measure[]) {
  console.table(
    measures.map(({ name, value, unit, baseline, ratio, budget, withinBudget }) => ({
      measure: name,
      value: `${value} ${unit}`,
      baseline: baseline === null ? '' : `${baseline} ${unit}`,
      ratio: ratio ?? '',
      budget: budget ? budgetText(budget, unit) : '',
      'within budget': withinBudget === null ? (budget ? 'not judged' : '') : withinBudget ? 'yes' : 'NO',
    })),
  );
}
