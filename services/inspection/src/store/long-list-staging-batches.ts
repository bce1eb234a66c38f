// A checked long list as the statements that stage it expect: batches of rows, each column one PostgreSQL
// array literal. Built where the list is read (the reading thread), so the service's event loop handles a
// few strings per batch instead of 100,000 objects: nothing to copy row by row, nothing to collect.
import type { LongListCase } from '@yji/domain';

/** Rows per INSERT: large enough to be quick, small enough that no statement holds the table long. */
export const STAGE_BATCH_ROWS = 5000;

/** The staged columns, in the order of stageLongList's INSERT. */
export const STAGED_FIELDS = [
  'caseId',
  'disposalType',
  'disposalStart',
  'caseManager',
  'gender',
  'ethnicity',
  'safetyWellbeing',
  'riskOfSeriousHarm',
] as const satisfies readonly (keyof LongListCase)[];

/** One batch: `columns[i]` is STAGED_FIELDS[i] of every row, as a `text[]` literal. */
export interface StagingBatch {
  rows: number;
  columns: string[];
}

/**
 * `{"a","b"}`: every element quoted, `"` and `\` escaped, so no value can end an element or the array. The
 * values are checked one-line text (no control characters), so nothing else needs escaping.
 */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

export function stagingBatchesOf(cases: readonly LongListCase[]): StagingBatch[] {
  const batches: StagingBatch[] = [];
  for (let from = 0; from < cases.length; from += STAGE_BATCH_ROWS) {
    const batch = cases.slice(from, from + STAGE_BATCH_ROWS);
    batches.push({
      rows: batch.length,
      columns: STAGED_FIELDS.map((field) => textArrayLiteral(batch.map((entry) => entry[field]))),
    });
  }
  return batches;
}
