// The lead inspector's view of fieldwork: every case's state and the totals, derived from what the case
// workflows report.
import type { CaseAssessmentState, InspectionProgress } from '@yji/contracts';

/** What the totals need of a case: the workflow's state of it, or the inspection service's read model's. */
type ShownCase = Pick<CaseAssessmentState, 'state' | 'overdue'>;

/**
 * A case workflow marks its case overdue when the deadline passes and keeps the mark after a late submission
 * (its history says so); a submitted case is no longer waiting on anyone, so the view neither shows nor counts
 * it as overdue.
 */
const asShown = <T extends ShownCase>(entry: T): T =>
  entry.state === 'submitted' && entry.overdue ? { ...entry, overdue: false } : entry;

export function summariseProgress<T extends ShownCase>(
  cases: Iterable<T>,
): Omit<InspectionProgress, 'cases'> & { cases: T[] } {
  const list = [...cases].filter((entry) => entry.state !== 'withdrawn').map(asShown);
  const byState: Record<string, number> = {};
  for (const entry of list) byState[entry.state] = (byState[entry.state] ?? 0) + 1;
  return {
    cases: list,
    totals: {
      cases: list.length,
      byState,
      overdue: list.filter((entry) => entry.overdue).length,
      allSubmitted: list.length > 0 && list.every((entry) => entry.state === 'submitted'),
    },
  };
}
