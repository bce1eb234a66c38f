// Draws the case sample from a validated long list: eligibility, allocation to strata, balanced seeded picks
// and a reserve per stratum (004 ¶3.15–3.16, ¶3.32–3.33; docs/domain.md §4).
import { CUSTODIAL_SENTENCE, DISPOSAL_TYPE_LABELS, DISPOSAL_TYPES, SIDE_LABELS } from './disposal-types.ts';
import type { DisposalType } from './disposal-types.ts';
import { checkEligibility } from './eligibility.ts';
import { inLotteryOrder } from './seeded-rank.ts';
import { findRepeatedIds } from './repeated-ids.ts';
import { allocateStrata } from './allocate-strata.ts';
import type { StratumAllocation } from './allocate-strata.ts';
import {
  copyCaseManagerTally,
  createCaseManagerTally,
  createStratumPool,
  takeBalanced,
} from './balanced-draw.ts';
import type { CaseManagerTally, StratumPool } from './balanced-draw.ts';
import { drawSampleOptionsSchema } from './draw-sample-options.ts';
import type { DrawSampleOptions, DrawSampleSettings } from './draw-sample-options.ts';
import { summariseSample } from './sample-result.ts';
import type { ReserveCase, SampleResult, SampledCase } from './sample-result.ts';
import type { LongListCase } from './long-list-row-schema.ts';

function assertUniqueIds(cases: readonly LongListCase[]): void {
  const [repeated] = findRepeatedIds(cases.map(({ caseId }) => caseId));
  if (repeated) throw new RangeError(`case ${cases[repeated.repeat]?.caseId} appears twice on the long list`);
}

function groupByStratum(cases: readonly LongListCase[]): Map<DisposalType, LongListCase[]> {
  const strata = new Map<DisposalType, LongListCase[]>(DISPOSAL_TYPES.map((type) => [type, []]));
  for (const longListCase of cases) strata.get(longListCase.disposalType)?.push(longListCase);
  return strata;
}

function pickReason(allocation: StratumAllocation, pick: number, overCap: boolean, cap: number): string {
  const place = `${DISPOSAL_TYPE_LABELS[allocation.stratum]} (${SIDE_LABELS[allocation.side]}), pick ${pick} of ${allocation.quota}`;
  const choice = 'seeded draw balancing case managers, gender, ethnicity and risk levels';
  const capNote = overCap
    ? `; its case manager already had ${cap} cases, but no other case was left in the stratum`
    : '';
  return `${place}: ${allocation.basis}; ${choice}${capNote}.`;
}

/** Decision: half the stratum's picks, at least `reserveMinimum`, as far as the stratum has cases left. */
function reserveSize(quota: number, settings: DrawSampleSettings): number {
  return quota === 0 ? 0 : Math.max(settings.reserveMinimum, Math.ceil(settings.reserveShare * quota));
}

function warningsFor(
  eligible: readonly LongListCase[],
  selected: readonly SampledCase[],
  strata: Map<DisposalType, LongListCase[]>,
  settings: DrawSampleSettings,
): string[] {
  const warnings: string[] = [];
  if (selected.length < settings.size) {
    warnings.push(
      `Only ${eligible.length} eligible cases for a sample of ${settings.size}: all are selected`,
    );
  }
  const custodyEligible = strata.get(CUSTODIAL_SENTENCE)?.length ?? 0;
  const custodySelected = selected.filter(({ stratum }) => stratum === CUSTODIAL_SENTENCE).length;
  if (custodyEligible < settings.custodyMinimum) {
    warnings.push(
      `${custodyEligible} eligible custody cases, fewer than ${settings.custodyMinimum}: resettlement standard 2.5 is out of scope (004 ¶3.15)`,
    );
  } else if (custodySelected < settings.custodyMinimum) {
    warnings.push(
      `The court side has room for only ${custodySelected} custody cases, fewer than the ${settings.custodyMinimum} standard 2.5 needs (004 ¶3.15)`,
    );
  }
  return warnings;
}

/**
 * Same cases, options and seed → the same sample on any machine, whatever the order of the rows.
 * Throws a ZodError for invalid options and a RangeError for a repeated case id.
 */
export function drawSample(cases: readonly LongListCase[], options: DrawSampleOptions): SampleResult {
  const settings = drawSampleOptionsSchema.parse(options);
  assertUniqueIds(cases);
  const { eligible, ineligible } = checkEligibility(cases, settings.inspectionDate, settings);
  const strata = groupByStratum(eligible);
  const eligibleCounts = Object.fromEntries(
    DISPOSAL_TYPES.map((type) => [type, strata.get(type)?.length ?? 0]),
  ) as Record<DisposalType, number>;
  const allocations = allocateStrata(eligibleCounts, settings);
  const tally: CaseManagerTally = createCaseManagerTally(eligible, settings.size, {
    minimum: settings.caseManagerCapMinimum,
    factor: settings.caseManagerCapFactor,
  });

  const selected: SampledCase[] = [];
  const pools: [StratumAllocation, StratumPool][] = [];
  for (const allocation of allocations) {
    if (allocation.quota === 0) continue;
    const places = allocation.quota + reserveSize(allocation.quota, settings);
    const weighed = inLotteryOrder(
      strata.get(allocation.stratum) ?? [],
      settings.seed,
      Math.max(settings.balancePool, 20 * places),
    );
    const pool = createStratumPool(weighed, tally);
    takeBalanced(pool, allocation.quota, tally).forEach(({ case: picked, overCap }, index) => {
      selected.push({
        caseId: picked.caseId,
        stratum: allocation.stratum,
        side: allocation.side,
        caseManager: picked.caseManager,
        reason: pickReason(allocation, index + 1, overCap, tally.cap),
      });
    });
    pools.push([allocation, pool]);
  }

  // Reserves are drawn after the whole sample, each against the sample's case manager counts.
  const reserve: ReserveCase[] = [];
  for (const [allocation, pool] of pools) {
    const reserveTally = copyCaseManagerTally(tally);
    for (const { case: picked } of takeBalanced(
      pool,
      reserveSize(allocation.quota, settings),
      reserveTally,
    )) {
      reserve.push({
        caseId: picked.caseId,
        stratum: allocation.stratum,
        side: allocation.side,
        caseManager: picked.caseManager,
      });
    }
  }

  return {
    settings,
    selected,
    reserve,
    ineligible,
    excluded: [],
    summary: summariseSample(selected),
    warnings: warningsFor(eligible, selected, strata, settings),
  };
}
