// Picks cases within a stratum so that case managers, gender, ethnicity and risk levels stay close to their
// share of the long list, with no case manager over-represented (docs/domain.md §4 decision).
// Decision: "balance" means representative of the list (a group with a fifth of the cases gets about a fifth
// of the picks), not equal numbers per group, which would over-sample small groups.
import type { LongListCase } from './long-list-row-schema.ts';

/** Sample-wide case manager counts, shared by every stratum's draw. */
export interface CaseManagerTally {
  indexOf: Map<string, number>;
  counts: Int32Array;
  /** Each case manager's share of the eligible cases. */
  shares: Float64Array;
  picks: number;
  /** Most cases per case manager while the list allows it. */
  cap: number;
}

export interface CaseManagerCapRule {
  minimum: number;
  factor: number;
}

/**
 * Decision: no case manager above max(minimum, ceil(factor × size ÷ case managers on the eligible list)),
 * default max(2, ceil(2 × size ÷ case managers)): each case means an interview with its case manager.
 */
export function createCaseManagerTally(
  eligible: readonly LongListCase[],
  size: number,
  capRule: CaseManagerCapRule,
): CaseManagerTally {
  const indexOf = new Map<string, number>();
  const caseloads: number[] = [];
  for (const { caseManager } of eligible) {
    const index = indexOf.get(caseManager);
    if (index === undefined) {
      indexOf.set(caseManager, caseloads.length);
      caseloads.push(1);
    } else {
      caseloads[index] = (caseloads[index] as number) + 1;
    }
  }
  const cap = Math.max(capRule.minimum, Math.ceil((capRule.factor * size) / Math.max(1, caseloads.length)));
  return {
    indexOf,
    counts: new Int32Array(caseloads.length),
    shares: Float64Array.from(caseloads, (caseload) => caseload / eligible.length),
    picks: 0,
    cap,
  };
}

/** A copy to draw a reserve with, so reserve picks do not count against the sample. */
export function copyCaseManagerTally(tally: CaseManagerTally): CaseManagerTally {
  return { ...tally, counts: tally.counts.slice() };
}

// Balanced within the stratum against the stratum's own mix; case managers are balanced sample-wide.
const STRATUM_ATTRIBUTES: readonly ((longListCase: LongListCase) => string)[] = [
  ({ gender }) => gender,
  ({ ethnicity }) => ethnicity,
  ({ safetyWellbeing }) => safetyWellbeing,
  ({ riskOfSeriousHarm }) => riskOfSeriousHarm,
];

/** Cases alike in every balanced attribute; only the lottery tells them apart. */
interface Group {
  caseManager: number;
  codes: number[];
  /** Positions in the stratum's lottery order, ascending. */
  members: number[];
  next: number;
}

export interface StratumPool {
  candidates: readonly LongListCase[];
  groups: Group[];
  shares: Float64Array[];
  counts: Int32Array[];
  picks: number;
}

export interface BalancedPick {
  case: LongListCase;
  /** The case manager was already at the cap: no other case in the stratum was left. */
  overCap: boolean;
}

/** `candidates` must be in lottery order (see seeded-rank.ts). */
export function createStratumPool(candidates: readonly LongListCase[], tally: CaseManagerTally): StratumPool {
  const codeMaps = STRATUM_ATTRIBUTES.map(() => new Map<string, number>());
  const frequencies: number[][] = STRATUM_ATTRIBUTES.map(() => []);
  const groupByKey = new Map<string, Group>();
  candidates.forEach((candidate, position) => {
    const codes = STRATUM_ATTRIBUTES.map((attribute, index) => {
      const codeMap = codeMaps[index] as Map<string, number>;
      const frequency = frequencies[index] as number[];
      const value = attribute(candidate);
      let code = codeMap.get(value);
      if (code === undefined) {
        code = codeMap.size;
        codeMap.set(value, code);
        frequency.push(0);
      }
      frequency[code] = (frequency[code] as number) + 1;
      return code;
    });
    const caseManager = tally.indexOf.get(candidate.caseManager) as number;
    const key = `${caseManager},${codes.join(',')}`;
    const group = groupByKey.get(key);
    if (group) group.members.push(position);
    else groupByKey.set(key, { caseManager, codes, members: [position], next: 0 });
  });
  return {
    candidates,
    groups: [...groupByKey.values()],
    shares: frequencies.map((frequency) =>
      Float64Array.from(frequency, (count) => count / candidates.length),
    ),
    counts: frequencies.map((frequency) => new Int32Array(frequency.length)),
    picks: 0,
  };
}

/**
 * How far a group's values fall short of their fair share once one more case is picked (share × picks − count,
 * summed over the attributes). Case managers count sample-wide, the other attributes within the stratum.
 */
function shortfall(group: Group, pool: StratumPool, tally: CaseManagerTally): number {
  const caseManager = group.caseManager;
  let total =
    (tally.shares[caseManager] as number) * (tally.picks + 1) - (tally.counts[caseManager] as number);
  for (let index = 0; index < group.codes.length; index += 1) {
    const code = group.codes[index] as number;
    const share = (pool.shares[index] as Float64Array)[code] as number;
    total += share * (pool.picks + 1) - ((pool.counts[index] as Int32Array)[code] as number);
  }
  return total;
}

/** How a group ranks for the next pick; the scan keeps one and overwrites it, allocating nothing per group. */
interface Standing {
  index: number;
  overCap: boolean;
  shortfall: number;
  position: number;
}

/** Under the cap first, then the largest shortfall, then the lottery. */
function isBetter(overCap: boolean, shortfall: number, position: number, best: Standing): boolean {
  if (best.index === -1) return true;
  if (overCap !== best.overCap) return !overCap;
  if (shortfall !== best.shortfall) return shortfall > best.shortfall;
  return position < best.position;
}

/**
 * Takes up to `count` cases from the pool, one at a time, updating the pool and the tally. Each pick scans the
 * groups, not the cases: O(count × groups).
 */
export function takeBalanced(pool: StratumPool, count: number, tally: CaseManagerTally): BalancedPick[] {
  const picks: BalancedPick[] = [];
  const best: Standing = { index: -1, overCap: false, shortfall: 0, position: 0 };
  while (picks.length < count && pool.groups.length > 0) {
    best.index = -1;
    pool.groups.forEach((candidate, index) => {
      const overCap = (tally.counts[candidate.caseManager] as number) >= tally.cap;
      const gap = shortfall(candidate, pool, tally);
      const position = candidate.members[candidate.next] as number;
      if (!isBetter(overCap, gap, position, best)) return;
      best.index = index;
      best.overCap = overCap;
      best.shortfall = gap;
      best.position = position;
    });
    const group = pool.groups[best.index] as Group;
    group.next += 1;
    if (group.next === group.members.length) {
      pool.groups[best.index] = pool.groups[pool.groups.length - 1] as Group;
      pool.groups.pop();
    }
    tally.counts[group.caseManager] = (tally.counts[group.caseManager] as number) + 1;
    tally.picks += 1;
    group.codes.forEach((code, index) => {
      const counts = pool.counts[index] as Int32Array;
      counts[code] = (counts[code] as number) + 1;
    });
    pool.picks += 1;
    picks.push({ case: pool.candidates[best.position] as LongListCase, overCap: best.overCap });
  }
  return picks;
}
