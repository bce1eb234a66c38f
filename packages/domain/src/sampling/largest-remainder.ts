// Shares a whole number of cases between groups in proportion to weights (docs/domain.md §4, largest remainder).

export interface ApportionEntry {
  weight: number;
  /** The most this group can take (its eligible cases). */
  capacity: number;
}

/**
 * Each group gets the floor of its exact share, and the cases left over go to the largest remainders.
 * Decision: ties go to the earlier entry (court before out-of-court, disposal types in DISPOSAL_TYPES order). A group whose share exceeds its capacity takes all it has and the rest is shared
 * again among the others, so one short group is filled from the others. When the remaining groups carry no
 * weight they share by capacity. Returns one count per entry, summing to min(total, total capacity).
 */
export function apportion(total: number, entries: readonly ApportionEntry[]): number[] {
  const counts = entries.map(() => 0);
  const capacityOf = (index: number) => (entries[index] as ApportionEntry).capacity;
  let active = entries.map((_, index) => index).filter((index) => capacityOf(index) > 0);
  let remaining = Math.min(
    total,
    active.reduce((sum, index) => sum + capacityOf(index), 0),
  );

  while (remaining > 0) {
    const byWeight = active.some((index) => (entries[index] as ApportionEntry).weight > 0);
    const weightOf = (index: number) => {
      const entry = entries[index] as ApportionEntry;
      return byWeight ? entry.weight : entry.capacity;
    };
    const weightSum = active.reduce((sum, index) => sum + weightOf(index), 0);
    const shares = active.map((index) => {
      const exact = (remaining * weightOf(index)) / weightSum;
      return { index, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
    });
    let leftOver = remaining - shares.reduce((sum, share) => sum + share.whole, 0);
    for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
      if (leftOver === 0) break;
      share.whole += 1;
      leftOver -= 1;
    }

    const full = shares.filter(({ index, whole }) => whole > capacityOf(index));
    if (full.length === 0) {
      for (const { index, whole } of shares) counts[index] = whole;
      return counts;
    }
    for (const { index } of full) {
      counts[index] = capacityOf(index);
      remaining -= counts[index] as number;
    }
    active = active.filter((index) => !full.some((share) => share.index === index));
  }
  return counts;
}
