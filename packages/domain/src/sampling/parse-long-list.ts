// Reads the long list CSV into validated cases, or reports every bad row. A file with any bad row yields no
// cases, so a sample is never drawn from part of a list.
import { readCsvRecords } from './csv-records.ts';
import type { CsvRecord } from './csv-records.ts';
import type { DisposalType } from './disposal-types.ts';
import {
  LONG_LIST_COLUMNS,
  disposalTypeColumn,
  longListCaseOf,
  longListRowSchema,
} from './long-list-row-schema.ts';
import type { LongListCase, LongListColumn } from './long-list-row-schema.ts';

export interface LongListError {
  /** 1-based line number in the file. */
  line: number;
  /** Names columns and allowed values, never a field's content. */
  reason: string;
}

export type LongListParseResult =
  { ok: true; cases: LongListCase[] } | { ok: false; errors: LongListError[] };

export interface ParseLongListOptions {
  /**
   * Decision: a column outside the specification is an error by default, so data we did not ask for (names,
   * addresses) is sent back rather than stored (docs/domain.md §7). 'ignore' drops such columns instead.
   */
  unknownColumns?: 'error' | 'ignore';
  /**
   * The disposal types the inspection's frameworks assess (disposalTypesFor); any other is an error, so a
   * case that no pinned framework can assess never enters the sample. Default: every type yji knows.
   */
  disposalTypes?: readonly [DisposalType, ...DisposalType[]];
}

const EXPECTED_COLUMNS = LONG_LIST_COLUMNS.join(', ');

// Decision: rows whose fields are all blank are skipped wherever they are; spreadsheets export them.
function isBlank(record: CsvRecord): boolean {
  return record.error === undefined && record.fields.every((field) => field === '');
}

/**
 * Column of each header position (null: ignored). Decision: matched by name in any order, ignoring case and
 * surrounding spaces.
 */
function readHeader(
  header: CsvRecord,
  unknownColumns: 'error' | 'ignore',
): { columns: (LongListColumn | null)[]; errors: LongListError[] } {
  const reasons: string[] = header.error ? [header.error] : [];
  const known = new Set<string>(LONG_LIST_COLUMNS);
  const seen = new Set<LongListColumn>();
  const columns = header.fields.map((field, index) => {
    const name = field.toLowerCase();
    if (!known.has(name)) {
      // The header cell is not echoed: a list sent without its header would have a child's data here.
      if (unknownColumns === 'error')
        reasons.push(`header column ${index + 1} is not one of: ${EXPECTED_COLUMNS}`);
      return null;
    }
    const column = name as LongListColumn;
    if (seen.has(column)) reasons.push(`column ${column} appears more than once in the header`);
    seen.add(column);
    return column;
  });
  for (const column of LONG_LIST_COLUMNS) {
    if (!seen.has(column)) reasons.push(`the header has no ${column} column`);
  }
  return { columns, errors: reasons.map((reason) => ({ line: header.line, reason })) };
}

type ValueCheck = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Checks a value against its column in longListRowSchema. Disposal types, dates, case managers and categories
 * repeat down a long list, so each distinct value is checked once and every row then shares the same string:
 * on 100,000 rows this is much faster, and lighter on memory, than parsing each row as an object.
 */
function createValueChecker(
  disposalTypes: ParseLongListOptions['disposalTypes'],
): (column: LongListColumn, value: string) => ValueCheck {
  const schemas = { ...longListRowSchema.shape, disposal_type: disposalTypeColumn(disposalTypes) };
  const check = (column: LongListColumn, value: string): ValueCheck => {
    const parsed = schemas[column].safeParse(value);
    if (parsed.success) return { ok: true, value };
    return { ok: false, reason: [...new Set(parsed.error.issues.map(({ message }) => message))].join('; ') };
  };
  // A Map per column: few distinct values each, so lookups dominate and the native string hash is fastest.
  const checked = new Map(LONG_LIST_COLUMNS.map((column) => [column, new Map<string, ValueCheck>()]));
  return (column, value) => {
    // Case ids are unique: nothing to share.
    if (column === 'case_id') return check(column, value);
    const known = checked.get(column) as Map<string, ValueCheck>;
    let result = known.get(value);
    if (result === undefined) {
      result = check(column, value);
      known.set(value, result);
    }
    return result;
  };
}

/** `positions` holds each column's place in the row, in LONG_LIST_COLUMNS order. */
function readRow(
  record: CsvRecord,
  positions: readonly number[],
  width: number,
  checkValue: (column: LongListColumn, value: string) => ValueCheck,
): string | LongListCase {
  if (record.error) return record.error;
  if (record.fields.length !== width)
    return `expected ${width} fields as in the header, found ${record.fields.length}`;
  const values: string[] = new Array<string>(LONG_LIST_COLUMNS.length);
  let reasons: string[] | undefined;
  for (let index = 0; index < LONG_LIST_COLUMNS.length; index += 1) {
    const column = LONG_LIST_COLUMNS[index] as LongListColumn;
    const result = checkValue(column, record.fields[positions[index] as number] as string);
    if (result.ok) values[index] = result.value;
    else (reasons ??= []).push(result.reason);
  }
  return reasons ? reasons.join('; ') : longListCaseOf(values);
}

/**
 * Reads a long list as it arrives, in pieces cut anywhere: each piece's complete records are checked at
 * once, and the last record, which may go on, waits for the next piece.
 */
export interface LongListReader {
  read(piece: string): void;
  /** The result for everything read: the cases, or every bad row. */
  finish(): LongListParseResult;
}

export function createLongListReader(options: ParseLongListOptions = {}): LongListReader {
  const errors: LongListError[] = [];
  const cases: LongListCase[] = [];
  // The line of each case id's first row, filled as rows arrive so that the end of a long list does not
  // wait on one pass over all of it.
  const firstLines = new Map<string, number>();
  const checkValue = createValueChecker(options.disposalTypes);
  let header: { line: number; width: number; positions: number[] } | undefined;
  let headerBroken = false;
  let pending = '';
  let line = 1;

  const onRecord = (record: CsvRecord) => {
    if (isBlank(record)) return;
    if (!header) {
      const read = readHeader(record, options.unknownColumns ?? 'error');
      errors.push(...read.errors);
      const positions = LONG_LIST_COLUMNS.map((column) => read.columns.indexOf(column));
      header = { line: record.line, width: read.columns.length, positions };
      headerBroken = read.errors.length > 0;
      return;
    }
    // Rows cannot be read against a header that is wrong.
    if (headerBroken) return;
    const result = readRow(record, header.positions, header.width, checkValue);
    if (typeof result === 'string') {
      errors.push({ line: record.line, reason: result });
      return;
    }
    const first = firstLines.get(result.caseId);
    if (first === undefined) firstLines.set(result.caseId, record.line);
    else errors.push({ line: record.line, reason: `case_id repeats the case on line ${first}` });
    cases.push(result);
  };

  return {
    read: (piece) => {
      const text = pending + piece;
      const read = readCsvRecords(text, onRecord, { line, more: true });
      pending = text.slice(read.consumed);
      line = read.line;
    },
    finish: () => {
      readCsvRecords(pending, onRecord, { line, more: false });
      pending = '';
      if (!header) {
        return {
          ok: false,
          errors: [{ line: 1, reason: `the file is empty; expected a header row: ${EXPECTED_COLUMNS}` }],
        };
      }
      errors.sort((a, b) => a.line - b.line);
      if (cases.length === 0 && errors.length === 0) {
        errors.push({ line: header.line, reason: 'the long list has a header but no cases' });
      }
      return errors.length > 0 ? { ok: false, errors } : { ok: true, cases };
    },
  };
}

export function parseLongList(csvText: string, options: ParseLongListOptions = {}): LongListParseResult {
  const reader = createLongListReader(options);
  reader.read(csvText);
  return reader.finish();
}
