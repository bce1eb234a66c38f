// Deterministic random numbers for generating fictitious test data: the same seed gives the same data on
// any machine.
import { hashString } from '../src/sampling/seeded-rank.ts';

export type Prng = () => number;

/** mulberry32, seeded from the seed string's hash; returns numbers in [0, 1). */
export function createPrng(seed: string): Prng {
  let state = hashString(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
