// Whether resettlement (2.5) is rated in an inspection: only with enough custody cases (004 ¶3.13–3.15),
// the number held by the standards framework (minimumCustodyCases), so 13 standards count instead of 12.
import { requireFramework } from '../frameworks/index.ts';
import { NO_FRAMEWORK } from '../inspection/framework-selection.ts';
import type { RatedStandard } from './rated-standards.ts';

export function resettlementInScope(custodyCases: number, standardsFrameworkId = 'standards-2020'): boolean {
  const minimum = resettlementCustodyMinimum(standardsFrameworkId);
  return minimum !== undefined && custodyCases >= minimum;
}

/**
 * The custody cases a set of standards needs to rate resettlement, or undefined where it rates none: no
 * standards pinned (a 2016 inspection, NO_FRAMEWORK), or none with a custody minimum.
 */
export function resettlementCustodyMinimum(standardsFrameworkId: string): number | undefined {
  if (standardsFrameworkId === NO_FRAMEWORK) return undefined;
  const section = requireFramework(standardsFrameworkId).sections.find(({ code }) => code === '2.5');
  return section?.minimumCustodyCases;
}

/**
 * The standards one inspection rates, once it is known whether resettlement is in scope: a standard counted
 * only "with custody cases" (2.5) then always counts, waiting for its rating like any other, or is left out.
 * So the panel sees 13 standards from the start when 2.5 is in scope, not 12 until the proposal comes.
 * computeRatings applies it to every input (its custodyCases); a list it has already scoped stays as it is.
 */
export function standardsInScope(
  standards: readonly RatedStandard[],
  withResettlement: boolean,
): RatedStandard[] {
  return standards.flatMap((standard) => {
    if (standard.kind !== 'qualitative' || standard.counts === 'always') return [standard];
    return withResettlement ? [{ ...standard, counts: 'always' as const }] : [];
  });
}
