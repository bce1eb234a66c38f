// One schema for every piece of free text a person types (notes, reasons, answers, names), so what it may
// hold is decided once, not field by field: bounded before any other work, put in Unicode NFC (the same
// words typed on two systems compare and search alike), without the characters no person types
// (@yji/domain typed-text says which), then trimmed.
import { z } from 'zod';
import { MULTI_LINE_TEXT, ONE_LINE_TEXT } from '@yji/domain/typed-text';

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
