// The templates' trim filter: govuk-frontend's macros trim every label, legend and hint they are given, and
// the case form gives them hundreds. nunjucks' own trim (/^\s*|\s*$/g) takes time in the square of a run of
// white space; the portal's takes it in proportion, with the same result.
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { configureNunjucks } from '../src/web/nunjucks-filters.ts';

const env = new nunjucks.Environment(null, { autoescape: true });
configureNunjucks(env);

describe('the trim filter', () => {
  it('trims the ends only, and keeps markup marked safe unescaped', () => {
    expect(env.renderString('[{{ s | trim }}]', { s: '\n  a  b \t\n' })).toBe('[a  b]');
    expect(env.renderString('{{ h | safe | trim }}', { h: '  <b>x</b>\n' })).toBe('<b>x</b>');
    expect(env.renderString('{{ h | trim }}', { h: ' <b>x</b> ' })).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('takes time in proportion to a long run of white space inside the text', () => {
    const text = `a${' '.repeat(20_000)}b`;
    const start = performance.now();
    expect(env.renderString('{{ s | trim }}', { s: text })).toBe(text);
    // nunjucks' own filter takes about two seconds here (2·10⁸ steps); a linear one, a millisecond or two.
    expect(performance.now() - start).toBeLessThan(500);
  });
});
