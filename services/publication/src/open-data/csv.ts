// CSV as RFC 4180 writes it: a field with a comma, a quote or a line break is quoted, quotes doubled; lines
// end with CRLF. The open data holds ids, ratings, dates and numbers only.
const field = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export type CsvRows = readonly (readonly (string | number | boolean | null)[])[];

export const csv = (rows: CsvRows) => rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
