// Finds case ids that repeat, for long lists of 100,000 rows. An open-addressing table sized once for all the
// ids, keyed by their 53-bit hash, is several times faster than filling a Map with 100,000 freshly read
// strings; ids are compared as strings only when their hashes are equal.
import { hashString } from './seeded-rank.ts';

export interface RepeatedId {
  /** Position of the id's first occurrence. */
  first: number;
  /** Position of a later occurrence. */
  repeat: number;
}

/** Every later occurrence of an id, in position order. */
export function findRepeatedIds(ids: readonly string[]): RepeatedId[] {
  // At most half full, so probe runs stay short.
  const size = 2 ** Math.ceil(Math.log2(2 * ids.length + 2));
  const mask = size - 1;
  const slotHashes = new Float64Array(size);
  const slotPositions = new Int32Array(size).fill(-1);
  const repeats: RepeatedId[] = [];
  for (let position = 0; position < ids.length; position += 1) {
    const id = ids[position] as string;
    const hash = hashString(id);
    let slot = hash & mask;
    let held = slotPositions[slot] as number;
    while (held !== -1 && !(slotHashes[slot] === hash && ids[held] === id)) {
      slot = (slot + 1) & mask;
      held = slotPositions[slot] as number;
    }
    if (held === -1) {
      slotHashes[slot] = hash;
      slotPositions[slot] = position;
    } else {
      repeats.push({ first: held, repeat: position });
    }
  }
  return repeats;
}
