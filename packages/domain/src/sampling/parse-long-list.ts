// Reads the long list CSV into validated cases, or reports every bad row. A file with any bad row yields no
// cases, so a sample is never drawn from part of a list.
import { readCsvRecords } from './csv-records.ts';
import type { CsvRecord } from './csv-records.ts';
import { LONG_LIST_COLUMNS, longListRowSchema, toLongListCase } from './long-list-row-schema.ts';
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
   * addresses) is sent back rather than stored (DOMAIN.md §7). 'ignore' drops such columns instead.
   */
  unknownColumns?: 'error' | 'ignore';
}

const EXPECTED_COLUMNS = LONG_LIST_COLUMNS.join(', ');

// Decision: rows whose fields are all blank are skipped wherever they are; spreadsheets export them.
function isBlank(record: CsvRecord): boolean {
  return record.error === undefined && record.fields.every((field) => field.trim() === '');
}

/** Column of each header position (null: ignored), matched by name in any order, case and spaces aside. */
function readHeader(
  header: CsvRecord,
  unknownColumns: 'error' | 'ignore',
): { columns: (LongListColumn | null)[]; errors: LongListError[] } {
  const reasons: string[] = header.error ? [header.error] : [];
  const known = new Set<string>(LONG_LIST_COLUMNS);
  const seen = new Set<LongListColumn>();
  const columns = header.fields.map((field, index) => {
    const name = field.trim().toLowerCase();
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

/**
 * Returns the same string object for equal values. Disposal types, dates, case managers and categories repeat
 * across a long list; sharing them keeps a 100,000-row list small and cheap for the garbage collector.
 */
function createInterner(): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    const existing = known.get(value);
    if (existing !== undefined) return existing;
    known.set(value, value);
    return value;
  };
}

function readRow(
  record: CsvRecord,
  columns: readonly (LongListColumn | null)[],
  intern: (value: string) => string,
): string | LongListCase {
  if (record.error) return record.error;
  if (record.fields.length !== columns.length) {
    return `expected ${columns.length} fields as in the header, found ${record.fields.length}`;
  }
  const row: Partial<Record<LongListColumn, string>> = {};
  columns.forEach((column, index) => {
    if (!column) return;
    const value = (record.fields[index] as string).trim();
    row[column] = column === 'case_id' ? value : intern(value);
  });
  const parsed = longListRowSchema.safeParse(row);
  if (parsed.success) return toLongListCase(parsed.data);
  return [...new Set(parsed.error.issues.map(({ message }) => message))].join('; ');
}

export function parseLongList(csvText: string, options: ParseLongListOptions = {}): LongListParseResult {
  const errors: LongListError[] = [];
  const cases: LongListCase[] = [];
  const lineById = new Map<string, number>();
  const intern = createInterner();
  let header: { line: number; columns: (LongListColumn | null)[] } | undefined;
  let headerBroken = false;

  readCsvRecords(csvText, (record) => {
    if (isBlank(record)) return;
    if (!header) {
      const read = readHeader(record, options.unknownColumns ?? 'error');
      errors.push(...read.errors);
      header = { line: record.line, columns: read.columns };
      headerBroken = read.errors.length > 0;
      return;
    }
    // Rows cannot be read against a header that is wrong.
    if (headerBroken) return;
    const result = readRow(record, header.columns, intern);
    if (typeof result === 'string') {
      errors.push({ line: record.line, reason: result });
      return;
    }
    const firstLine = lineById.get(result.caseId);
    if (firstLine !== undefined) {
      errors.push({ line: record.line, reason: `case_id repeats the case on line ${firstLine}` });
      return;
    }
    lineById.set(result.caseId, record.line);
    cases.push(result);
  });

  if (!header) {
    return {
      ok: false,
      errors: [{ line: 1, reason: `the file is empty; expected a header row: ${EXPECTED_COLUMNS}` }],
    };
  }
  if (cases.length === 0 && errors.length === 0) {
    errors.push({ line: header.line, reason: 'the long list has a header but no cases' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cases };
}
