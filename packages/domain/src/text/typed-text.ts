// What text a person types may hold, for every free-text value yji takes (HTTP bodies through
// @yji/contracts freeText, long-list cells here): no C0/C1 control characters (NUL among them, which
// PostgreSQL's text and jsonb refuse, so it used to fail only at the database), no unpaired surrogates
// (they cannot be stored as UTF-8), no Unicode noncharacters, and none of the bidirectional overrides and
// isolates that make text read differently from what it holds. Line breaks and tabs only where the text
// is multi-line.

const ALWAYS_REFUSED =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF\\p{Cs}';
const LINE_BREAKS = '\\t\\n\\r\\u2028\\u2029';

/** Text without a character refused in multi-line text. */
export const MULTI_LINE_TEXT = new RegExp(`^[^${ALWAYS_REFUSED}]*$`, 'u');
/** Text without a character refused in one-line text (line breaks and tabs too). */
export const ONE_LINE_TEXT = new RegExp(`^[^${ALWAYS_REFUSED}${LINE_BREAKS}]*$`, 'u');
