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

// The lottery order is a native numeric sort of (32-bit lottery number × 2^21 + position): exact in a double
// (53 bits) and several times faster than sorting objects with a comparator on a 100,000-row list.
const POSITIONS = 2 ** 21;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cases in lottery order. Equal lottery numbers (about one pair per 100,000 cases) are put in case id
 * order, so the order of the rows never matters. Throws a RangeError for a repeated case id (it draws the same
 * number) and for more than 2,097,152 cases.
 */
export function inLotteryOrder<T extends { caseId: string }>(cases: readonly T[], seed: string): T[] {
  if (cases.length > POSITIONS) throw new RangeError(`at most ${POSITIONS} cases can be drawn from`);
  const rankOf = seededRanker(seed);
  const keys = new Float64Array(cases.length);
  cases.forEach(({ caseId }, position) => {
    keys[position] = (rankOf(caseId) >>> 0) * POSITIONS + position;
  });
  keys.sort();
  const ordered = Array.from(keys, (key) => cases[key % POSITIONS] as T);

  const numberAt = (index: number) => Math.floor((keys[index] as number) / POSITIONS);
  for (let start = 0; start < ordered.length;) {
    let end = start + 1;
    while (end < ordered.length && numberAt(end) === numberAt(start)) end += 1;
    if (end - start > 1) {
      const tied = ordered.slice(start, end).sort((a, b) => byCodePoint(a.caseId, b.caseId));
      tied.forEach((item, offset) => {
        if (offset > 0 && item.caseId === tied[offset - 1]?.caseId) {
          throw new RangeError(`case ${item.caseId} appears twice on the long list`);
        }
        ordered[start + offset] = item;
      });
    }
    start = end;
  }
  return ordered;
}
