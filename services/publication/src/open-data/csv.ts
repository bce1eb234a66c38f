// CSV as RFC 4180 writes it: a field with a comma, a quote or a line break is quoted, quotes doubled; lines
// end with CRLF. The open data holds ids, ratings, dates, numbers and the inspected services' names; a name is
// typed by a lead inspector, so text that a spreadsheet would read as a formula (=, +, -, @ first) is written
// after an apostrophe, as OWASP advises against CSV injection, and shows as typed.
const FORMULA_START = /^[=+\-@\t\r]/;

const field = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export type CsvRows = readonly (readonly (string | number | boolean | null)[])[];

export const csv = (rows: CsvRows) => rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
