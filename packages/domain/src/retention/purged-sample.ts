// What remains of a drawn sample after the retention purge (issue 11; docs/retention.md): which cases were
// selected, held in reserve, ineligible or excluded, their strata (disposal types), the rules' own reasons and
// the counts — the inspection's method, which is public in the report's terms. What goes: the case managers
// the long list named (they tie each child to a worker) and the lead inspector's reasons for excluding a
// case, which are free text about the child.
import type { SampleResult } from '../sampling/sample-result.ts';

export function purgedSample(result: SampleResult): SampleResult {
  return {
    ...result,
    selected: result.selected.map((picked) => ({ ...picked, caseManager: '' })),
    reserve: result.reserve.map((reserve) => ({ ...reserve, caseManager: '' })),
    excluded: result.excluded.map((excluded) => ({ ...excluded, reason: '' })),
    summary: { ...result.summary, byCaseManager: {} },
  };
}
