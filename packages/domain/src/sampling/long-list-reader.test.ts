// A long list read as it arrives, in pieces cut wherever the network cuts them, gives exactly what
// reading it whole gives; and a cell holding a control character is a bad row, not a stored one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLongListReader, parseLongList } from './parse-long-list.ts';

const HEADER =
  'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm';
const ROWS = [
  'C0001,referral_order,2025-05-02,CM01,Female,White,medium,high',
  'C0002,youth_caution,2025-04-11,CM02,Male,"Black, Black British, Caribbean or African",low,low',
  'C0003,youth_caution,2025-04-11,"CM\n03",Male,White,low,low',
  'C0004,referral_order,2025-13-40,CM01,Female,White,medium,high',
  'C0005,referral_order,2025-05-02,CM01,"Fem""ale",White,medium,high',
  'C0001,referral_order,2025-05-02,CM01,Female,White,medium,high',
  ',,,,,,,',
  'C0006,referral_order,2025-05-02,CM"01,Female,White,medium,high',
  'C0007,youth_caution,2025-04-11,CM02,Male,White,low',
];

/** Reads `text` cut at `cuts`, as a request's body arrives. */
function readInPieces(text: string, cuts: number[]) {
  const reader = createLongListReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(text.length)) {
    reader.read(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  return reader.finish();
}

describe('reading a long list in pieces', () => {
  it('gives what reading it whole gives, wherever it is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ROWS), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(2000), { maxLength: 30 }),
        (rows, lineEnd, cuts) => {
          const text = [HEADER, ...rows].join(lineEnd);
          expect(readInPieces(text, cuts)).toEqual(parseLongList(text));
        },
      ),
    );
  });
});

describe('long-list cells', () => {
  it.each(['\u0000', '\u0007', '\u202e', '\ud800'])(
    'refuse %j in a free category as a bad row',
    (character) => {
      const result = parseLongList(
        [HEADER, `C0001,referral_order,2025-05-02,CM01,Fe${character}male,White,medium,high`].join('\n'),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.reason).toContain('gender holds a control character');
    },
  );
});
