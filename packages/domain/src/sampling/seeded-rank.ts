// A deterministic lottery number per case, from the recorded seed (docs/domain.md §4: reproducible from a seed).
// Keyed on the case id rather than drawn in sequence, so the order of rows in the long list does not change
// the draw. Only integer arithmetic (Math.imul), so every machine gives the same numbers.

/** cyrb53: a fast 53-bit string hash with good dispersion; not cryptographic, which is not needed here. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `limit` cases with the lowest lottery numbers for the seed, in lottery order (all of them by default).
 * A case's number depends only on its id and the seed, so the order of the rows never matters; equal numbers
 * (53-bit, so practically never) fall back to the ids' code-point order.
 */
export function inLotteryOrder<T extends { caseId: string }>(
  cases: readonly T[],
  seed: string,
  limit = cases.length,
): T[] {
  if (limit <= 0) return [];
  const key = hashString(seed) >>> 0;
  // A plain loop: Float64Array.from with a mapping function is several times slower in V8.
  const numbers = new Float64Array(cases.length);
  for (let index = 0; index < cases.length; index += 1) {
    numbers[index] = hashString((cases[index] as T).caseId, key);
  }
  const kept = lowestPositions(numbers, limit);
  kept.sort(
    (a, b) =>
      (numbers[a] as number) - (numbers[b] as number) ||
      byCodePoint((cases[a] as T).caseId, (cases[b] as T).caseId),
  );
  return kept.slice(0, limit).map((position) => cases[position] as T);
}

/**
 * Positions of at least the `limit` lowest numbers (or all), unordered. The numbers are spread evenly below
 * 2^53, so the lowest `limit` lie under about limit/n of that range: keep what falls under a little more,
 * widening until at least `limit` do. Then only those are sorted, not the whole 100,000-row list.
 */
function lowestPositions(numbers: Float64Array, limit: number): number[] {
  for (let share = (1.25 * limit + 32) / numbers.length; ; share *= 2) {
    const cutOff = share >= 1 ? Number.POSITIVE_INFINITY : share * 2 ** 53;
    const kept: number[] = [];
    numbers.forEach((number, position) => {
      if (number < cutOff) kept.push(position);
    });
    if (kept.length >= limit || share >= 1) return kept;
  }
}
