// The numbers are pinned: a seed in a benchmark, a demo or a failing test's report must give the same
// numbers on any machine and after any change.
import { describe, expect, it } from 'vitest';
import { createPrng, mulberry32 } from './seeded-prng.ts';

const first3 = (next: () => number) => [next(), next(), next()];

describe('seeded random numbers', () => {
  it('mulberry32 gives the same numbers for the same 32-bit seed', () => {
    expect(first3(mulberry32(20_261_127))).toEqual([
      0.5312688171397895, 0.17145229317247868, 0.6793673252686858,
    ]);
  });

  it('createPrng gives the same numbers for the same seed string', () => {
    expect(first3(createPrng('yji-demo'))).toEqual([
      0.33901825034990907, 0.5381398261524737, 0.18404202000238,
    ]);
  });
});
