import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records.ts';
import type { CsvRecord } from './csv-records.ts';

function records(text: string): CsvRecord[] {
  const collected: CsvRecord[] = [];
  // The reader reuses its record object: keep copies.
  readCsvRecords(text, ({ line, fields, error }) =>
    collected.push(
      error === undefined ? { line, fields: [...fields] } : { line, fields: [...fields], error },
    ),
  );
  return collected;
}

describe('readCsvRecords', () => {
  it('reads LF, CRLF and CR line ends and drops a byte order mark', () => {
    expect(records('\uFEFFa,b\r\nc,d\ne,f\rg,h')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, counting their lines', () => {
    expect(records('"Black, Black British","say ""hi""",x\n"two\r\nlines",y\nz')).toEqual([
      { line: 1, fields: ['Black, Black British', 'say "hi"', 'x'] },
      { line: 2, fields: ['two\r\nlines', 'y'] },
      { line: 4, fields: ['z'] },
    ]);
  });

  it('trims spaces and tabs around fields, quoted or not', () => {
    expect(records(' a ,\tb\t," c ",')).toEqual([{ line: 1, fields: ['a', 'b', 'c', ''] }]);
  });

  it('keeps empty fields and yields a blank record for an empty line, none after the final line end', () => {
    expect(records('a,,\n\n"",b\n')).toEqual([
      { line: 1, fields: ['a', '', ''] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['', 'b'] },
    ]);
  });

  it('reports malformed records and carries on with the next line', () => {
    expect(records('a"b,c\n"x"y,z\nok\n"never closed,\nmore')).toEqual([
      { line: 1, fields: ['a'], error: 'a quote appears inside a field that is not quoted' },
      { line: 2, fields: ['x'], error: 'text follows the closing quote of a field' },
      { line: 3, fields: ['ok'] },
      { line: 4, fields: [], error: 'a quoted field is not closed' },
    ]);
  });

  it('reads nothing from an empty text', () => {
    expect(records('')).toEqual([]);
  });
});
