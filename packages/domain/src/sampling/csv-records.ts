// Splits CSV text into records (RFC 4180 quoting), keeping the line each record starts on for error reports.

export interface CsvRecord {
  /** 1-based line number in the file where the record starts. */
  line: number;
  fields: string[];
  /** Set when the record is malformed; its fields are then incomplete. */
  error?: string | undefined;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const isSpace = (code: number) => code === 0x20 || code === 0x09;

/** Index just past the CR, LF or CRLF at `position`. */
function afterLineEnd(text: string, position: number): number {
  const next = text.charCodeAt(position) === CR ? position + 1 : position;
  return text.charCodeAt(next) === LF ? next + 1 : next;
}

/** Index of the next CR or LF from `position`, or the text's length. */
function nextLineEnd(text: string, position: number): number {
  let index = position;
  while (index < text.length && text.charCodeAt(index) !== LF && text.charCodeAt(index) !== CR) index += 1;
  return index;
}

/**
 * Calls `onRecord` for each record, in order, with fields trimmed of surrounding spaces and tabs. Accepts LF,
 * CRLF or CR line ends and a leading byte order mark. A quoted field may hold commas, quotes (doubled) and line
 * breaks. A malformed record comes with an error and reading resumes on the next line.
 * For 100,000-row lists: records are handed over one at a time rather than collected, and the same record
 * object is reused, so copy what you keep before returning; the loop is flat.
 * A file that arrives in pieces is read with `at.more`: a record that may go on in the next piece (one
 * that reaches the end of the text) is not handed over; the answer says where it starts, to be read again
 * with the next piece, and on which line.
 */
export function readCsvRecords(
  text: string,
  onRecord: (record: CsvRecord) => void,
  at: { line: number; more: boolean } = { line: 1, more: false },
): { line: number; consumed: number } {
  const length = text.length;
  let position = at.line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = at.line;
  const record: CsvRecord = { line, fields: [] };

  while (position < length) {
    const start = position;
    const startLine = line;
    record.line = line;
    record.fields.length = 0;
    record.error = undefined;
    for (;;) {
      const quoted = text.charCodeAt(position) === QUOTE;
      if (quoted) {
        let value = '';
        let from = position + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            if (at.more) return { line: startLine, consumed: start };
            record.error = 'a quoted field is not closed';
            onRecord(record);
            return { line, consumed: length };
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            position = close + 1;
            break;
          }
          value += '"';
          from = close + 2;
        }
        // Line breaks inside the quotes still count as lines of the file.
        for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) line += 1;
        record.fields.push(value.trim());
      } else {
        const fieldStart = position;
        let code = text.charCodeAt(position);
        while (position < length && code !== COMMA && code !== LF && code !== CR && code !== QUOTE) {
          position += 1;
          code = text.charCodeAt(position);
        }
        // Trimmed by index, so a field without surrounding spaces is sliced once and never copied again.
        let first = fieldStart;
        let to = position;
        while (first < to && isSpace(text.charCodeAt(first))) first += 1;
        while (to > first && isSpace(text.charCodeAt(to - 1))) to -= 1;
        record.fields.push(text.slice(first, to));
      }

      const next = text.charCodeAt(position);
      if (next === COMMA) {
        position += 1;
        continue;
      }
      if (next !== LF && next !== CR && position < length) {
        record.error = quoted
          ? 'text follows the closing quote of a field'
          : 'a quote appears inside a field that is not quoted';
        position = nextLineEnd(text, position);
      }
      // The record may go on in the next piece: no line end yet, or only a CR that an LF may follow.
      if (at.more && (position >= length || (position === length - 1 && text.charCodeAt(position) === CR)))
        return { line: startLine, consumed: start };
      if (position < length) {
        position = afterLineEnd(text, position);
        line += 1;
      }
      break;
    }
    onRecord(record);
  }
  return { line, consumed: length };
}
