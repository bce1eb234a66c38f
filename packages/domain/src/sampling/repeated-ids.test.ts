import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRepeatedIds } from './repeated-ids.ts';

describe('findRepeatedIds', () => {
  it('lists every later occurrence against the first', () => {
    expect(findRepeatedIds(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([
      { first: 0, repeat: 2 },
      { first: 1, repeat: 4 },
      { first: 0, repeat: 5 },
    ]);
    expect(findRepeatedIds(['a', 'b', 'c'])).toEqual([]);
  });

  it('agrees with a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 })), (ids) => {
        const firstById = new Map<string, number>();
        const expected: { first: number; repeat: number }[] = [];
        ids.forEach((id, position) => {
          const first = firstById.get(id);
          if (first === undefined) firstById.set(id, position);
          else expected.push({ first, repeat: position });
        });
        expect(findRepeatedIds(ids)).toEqual(expected);
      }),
    );
  });
});
