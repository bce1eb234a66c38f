// Sign-in's way back: a path on this portal, whatever a link to /sign-in carries in `returnTo`.
import { describe, expect, it } from 'vitest';
import { ReturnTo } from './return-to.ts';

describe('the path sign-in returns to', () => {
  it('keeps a path on this portal, with its query and fragment', () => {
    expect(ReturnTo.parse('/inspections')).toBe('/inspections');
    expect(ReturnTo.parse('/qa?framework=d2-v6.5#queue')).toBe('/qa?framework=d2-v6.5#queue');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a scheme-relative address', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a tab the browser drops', '/\t/evil.example'],
    ['a newline the browser drops', '/\n/evil.example'],
    ['a carriage return and a backslash', '/\r\\evil.example'],
    ['a dot segment before a scheme-relative address', '/.//evil.example'],
    ['a parent segment before a scheme-relative address', '/..//evil.example'],
    ['an encoded dot segment before a scheme-relative address', '/%2e//evil.example'],
    ['a dot segment before a backslash', '/./\\evil.example'],
    ['a relative path', 'inspections'],
    ['no text', ''],
    ['something else', 42],
  ])('sends %s home', (_what, value) => {
    expect(ReturnTo.parse(value)).toBe('/');
  });

  it('sends home an address too long to be one of its own', () => {
    expect(ReturnTo.parse(`/${'a'.repeat(500)}`)).toBe('/');
  });
});
