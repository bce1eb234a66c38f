// One schema for every piece of free text a person types (notes, reasons, answers, names): what it may
// hold is decided here once, not field by field. Text is bounded before any other work, put in Unicode
// NFC (so the same words typed on two systems compare and search alike), and refused when it holds a
// character no person types: C0/C1 control characters (NUL among them, which PostgreSQL's text and jsonb
// refuse, so it used to fail only at the database), unpaired surrogates (they cannot be stored as UTF-8),
// Unicode noncharacters, and the bidirectional overrides and isolates that make text read differently
// from what it holds. Line breaks and tabs are allowed only where the text is multi-line.
import { z } from 'zod';

const ALWAYS_REFUSED =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF\\p{Cs}';
const LINE_BREAKS = '\\t\\n\\r\\u2028\\u2029';

/** Text without a character refused in multi-line text. */
export const MULTI_LINE_TEXT = new RegExp(`^[^${ALWAYS_REFUSED}]*$`, 'u');
/** Text without a character refused in one-line text (line breaks and tabs too). */
export const ONE_LINE_TEXT = new RegExp(`^[^${ALWAYS_REFUSED}${LINE_BREAKS}]*$`, 'u');

export interface FreeTextRule {
  /** Characters (UTF-16 code units, as the database's limits are checked) at most. */
  max: number;
  /** At least this many characters after trimming; 0 allows empty text. */
  min?: number;
  /** Whether line breaks and tabs are allowed (notes, reasons) or not (names, labels, options). */
  multiLine?: boolean;
}

/** Free text by `rule`: bounded, NFC-normalised, trimmed, without control or unusual characters. */
export function freeText({ max, min = 0, multiLine = false }: FreeTextRule) {
  return z
    .string()
    .max(max)
    .normalize('NFC')
    .regex(
      multiLine ? MULTI_LINE_TEXT : ONE_LINE_TEXT,
      multiLine
        ? 'must not hold control characters, unpaired surrogates or direction overrides'
        : 'must be one line without control characters, unpaired surrogates or direction overrides',
    )
    .trim()
    .min(min);
}
