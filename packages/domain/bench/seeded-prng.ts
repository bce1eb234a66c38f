// Weighted choices for the benchmarks' fictitious data, from the deterministic generator.
import type { Prng } from '../src/testing-data/seeded-prng.ts';

export { createPrng, type Prng } from '../src/testing-data/seeded-prng.ts';

/** Picks a key with probability proportional to its weight. */
export function weightedPick<K extends string>(random: Prng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [key, weight] of entries) {
    target -= weight;
    if (target < 0) return key;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}
