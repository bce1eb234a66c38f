// One shape for every figure a bench reports (issue 12): its value and unit, the baseline measured in the
// same run, their ratio, the budget if the issue sets one, and whether the figure is within it. A budget
// that the run cannot judge (a rate below the budget's) says so instead of passing or failing.
export interface Budget {
  /** The figure must be below this, in the measure's unit. */
  below: number;
  /** Judged only at this rate (req/s) or above. */
  atRate?: number;
}

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
  const judged = budget !== null && (budget.atRate === undefined || (rate ?? 0) >= budget.atRate);
  return {
    name,
    value: twoDecimals(value),
    unit,
    baseline: baseline === null ? null : twoDecimals(baseline),
    ratio: baseline ? twoDecimals(value / baseline) : null,
    budget,
    withinBudget: judged ? value < budget.below : null,
  };
}

/** The measures as a table on stdout. */
export function printMeasures(measures: readonly Measure[]) {
  console.table(
    measures.map(({ name, value, unit, baseline, ratio, budget, withinBudget }) => ({
      measure: name,
      value: `${value} ${unit}`,
      baseline: baseline === null ? '' : `${baseline} ${unit}`,
      ratio: ratio ?? '',
      budget: budget ? `< ${budget.below} ${unit}${budget.atRate ? ` at ${budget.atRate} req/s` : ''}` : '',
      'within budget': withinBudget === null ? (budget ? 'not judged' : '') : withinBudget ? 'yes' : 'NO',
    })),
  );
}
