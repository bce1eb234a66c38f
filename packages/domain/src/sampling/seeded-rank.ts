// A deterministic lottery number per case, from the recorded seed (DOMAIN.md §4: reproducible from a seed).
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

/** Returns a function giving each case id its lottery number for this seed. */
export function seededRanker(seed: string): (caseId: string) => number {
  const key = hashString(seed) >>> 0;
  return (caseId) => hashString(caseId, key);
}

/** Case ids in lottery order; equal numbers (vanishingly rare) fall back to a code-point comparison of ids. */
export function inLotteryOrder<T extends { caseId: string }>(cases: readonly T[], seed: string): T[] {
  const rankOf = seededRanker(seed);
  const ranked = cases.map((item) => ({ item, rank: rankOf(item.caseId) }));
  ranked.sort(
    (a, b) => a.rank - b.rank || (a.item.caseId < b.item.caseId ? -1 : a.item.caseId > b.item.caseId ? 1 : 0),
  );
  return ranked.map(({ item }) => item);
}
