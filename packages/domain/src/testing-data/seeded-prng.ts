// Deterministic random numbers for fictitious data (benchmarks' generators, `yji demo`) and for tests that
// choose at random (hostile input, faults): the same seed gives the same numbers on any machine.
import { hashString } from '../sampling/seeded-rank.ts';

export type Prng = () => number;

/** mulberry32 from a 32-bit seed; returns numbers in [0, 1). */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** mulberry32, seeded from the seed string's hash. */
export function createPrng(seed: string): Prng {
  return mulberry32(hashString(seed));
}
