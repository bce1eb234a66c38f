// The lead inspector's view of fieldwork: every case's state and the totals, derived from what the case
// workflows report.
import type { CaseAssessmentState, InspectionProgress } from '@yji/contracts';

export function summariseProgress(cases: Iterable<CaseAssessmentState>): InspectionProgress {
  const list = [...cases].filter((entry) => entry.state !== 'withdrawn');
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
