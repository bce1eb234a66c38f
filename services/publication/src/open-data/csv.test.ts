import { describe, expect, it } from 'vitest';
import { csv } from './csv.ts';

describe('csv', () => {
  it('quotes a field with a comma, a quote or a line break, and ends lines with CRLF', () => {
    expect(csv([['Bath, North East Somerset', 'say "no"', 'two\nlines', 3, true, null]])).toBe(
      '"Bath, North East Somerset","say ""no""","two\nlines",3,true,\r\n',
    );
  });

  it('writes text a spreadsheet would run as a formula after an apostrophe; numbers stay numbers', () => {
    expect(csv([['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', -1, 'Good']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-1,'@SUM(A1),-1,Good\r\n`,
    );
  });
});
