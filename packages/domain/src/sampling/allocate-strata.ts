// How many cases each stratum (disposal type) gives to the sample (004 ¶3.15, ¶3.33; docs/domain.md §4).
import {
  CUSTODIAL_SENTENCE,
  DISPOSAL_TYPES,
  SIDE_LABELS,
  SIDES,
  disposalTypesOf,
  sideOf,
} from './disposal-types.ts';
import type { DisposalType, Side } from './disposal-types.ts';
import { apportion } from './largest-remainder.ts';

export interface AllocationSettings {
  size: number;
  /** Share of the sample given to court disposals; the rest is out-of-court. */
  courtShare: number;
  /** Custody cases needed to rate resettlement standard 2.5. */
  custodyMinimum: number;
}

export interface StratumAllocation {
  stratum: DisposalType;
  side: Side;
  eligible: number;
  quota: number;
  /** Why the stratum has this quota; becomes part of each pick's reason. */
  basis: string;
}

/**
 * 004 ¶3.33: the court share of the sample (60% by default, a per-inspection setting), by largest remainder;
 * a side with too few eligible cases gives them all and the other side fills the gap.
 */
function splitSides(eligible: Readonly<Record<DisposalType, number>>, settings: AllocationSettings) {
  const eligibleOn = (side: Side) => disposalTypesOf(side).reduce((sum, type) => sum + eligible[type], 0);
  const weights = { court: settings.courtShare, oocd: 1 - settings.courtShare };
  const split = (capacity: (side: Side) => number) => {
    const [court = 0, oocd = 0] = apportion(
      settings.size,
      SIDES.map((side) => ({ weight: weights[side], capacity: capacity(side) })),
    );
    return { court, oocd };
  };
  const wanted = split(() => settings.size);
  const quota = split(eligibleOn);
  const note = (side: Side): string => {
    const other = side === 'court' ? 'oocd' : 'court';
    if (quota[side] < wanted[side])
      return `the ${SIDE_LABELS[side]} side has too few eligible cases for its share`;
    if (quota[side] > wanted[side])
      return `the ${SIDE_LABELS[side]} side fills places the ${SIDE_LABELS[other]} side could not`;
    return `${SIDE_LABELS[side]} share ${quota[side]} of ${settings.size} (004 ¶3.33)`;
  };
  return { quota, note };
}

/**
 * 004 ¶3.15: resettlement needs five custody cases. Decision: when the list has that many, custody is raised
 * to the minimum within the court side's places (the court share is kept), one case at a time from the
 * largest other court stratum (ties: the earlier type).
 */
function raiseCustody(
  quotas: Map<DisposalType, number>,
  eligible: number,
  courtQuota: number,
  minimum: number,
) {
  const target = Math.min(minimum, courtQuota);
  const moved = new Map<DisposalType, number>();
  if (eligible < minimum) return moved;
  while ((quotas.get(CUSTODIAL_SENTENCE) as number) < target) {
    let donor: DisposalType | undefined;
    for (const type of disposalTypesOf('court')) {
      if (type === CUSTODIAL_SENTENCE) continue;
      if ((quotas.get(type) as number) > (donor ? (quotas.get(donor) as number) : 0)) donor = type;
    }
    if (!donor) break;
    quotas.set(donor, (quotas.get(donor) as number) - 1);
    quotas.set(CUSTODIAL_SENTENCE, (quotas.get(CUSTODIAL_SENTENCE) as number) + 1);
    moved.set(donor, (moved.get(donor) ?? 0) + 1);
  }
  return moved;
}

export function allocateStrata(
  eligible: Readonly<Record<DisposalType, number>>,
  settings: AllocationSettings,
): StratumAllocation[] {
  const sides = splitSides(eligible, settings);
  const quotas = new Map<DisposalType, number>();
  for (const side of SIDES) {
    // docs/domain.md §4 decision: within a side, proportional to the eligible cases of each disposal type.
    const types = disposalTypesOf(side);
    const counts = apportion(
      sides.quota[side],
      types.map((type) => ({ weight: eligible[type], capacity: eligible[type] })),
    );
    types.forEach((type, index) => quotas.set(type, counts[index] as number));
  }
  const custodyBefore = quotas.get(CUSTODIAL_SENTENCE) as number;
  const moved = raiseCustody(
    quotas,
    eligible[CUSTODIAL_SENTENCE],
    sides.quota.court,
    settings.custodyMinimum,
  );

  return DISPOSAL_TYPES.map((stratum) => {
    const side = sideOf(stratum);
    const quota = quotas.get(stratum) as number;
    let basis = `${quota} of ${eligible[stratum]} eligible, in proportion within the side`;
    if (stratum === CUSTODIAL_SENTENCE && quota > custodyBefore) {
      basis = `${quota} of ${eligible[stratum]} eligible, raised so resettlement standard 2.5 can be rated (004 ¶3.15)`;
    } else if (moved.has(stratum)) {
      basis += `, less ${moved.get(stratum)} moved to custody cases for standard 2.5`;
    }
    return { stratum, side, eligible: eligible[stratum], quota, basis: `${basis}; ${sides.note(side)}` };
  });
}
