// The one free-text schema (what a person may type) and that every text field of a request takes it: a
// body schema whose string leaves have no pattern, format or closed list would let a NUL or a direction
// override through to the database.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index.ts';
import { freeText, Id } from './index.ts';

const note = freeText({ max: 50, multiLine: true });
const label = freeText({ max: 10, min: 1 });

describe('freeText', () => {
  it('refuses NUL and every other C0/C1 control character but the line breaks of multi-line text', () => {
    for (let code = 0; code < 0xa0; code++) {
      if (code >= 0x20 && code < 0x7f) continue;
      const text = `a${String.fromCharCode(code)}b`;
      const lineBreak = code === 0x09 || code === 0x0a || code === 0x0d;
      expect(note.safeParse(text).success, `U+${code.toString(16)}`).toBe(lineBreak);
      expect(label.safeParse(text).success, `U+${code.toString(16)}`).toBe(false);
    }
  });

  it('refuses unpaired surrogates, noncharacters and direction overrides; keeps emoji and accents', () => {
    for (const text of ['a\ud800', '\udc00b', 'x\uffff', 'x\ufdd0', 'abc\u202egnp.exe', '\u2066x\u2069'])
      expect(note.safeParse(text).success, JSON.stringify(text)).toBe(false);
    for (const text of ['Ysgol Gymraeg', 'crèche', '👩🏽‍⚕️ ok', 'line one\nline two'])
      expect(note.safeParse(text).success, text).toBe(true);
  });

  it('normalises to NFC and trims, then checks the minimum', () => {
    expect(note.parse('Cafe\u0301 ')).toBe('Café');
    expect(label.safeParse('   ').success).toBe(false);
  });

  it('is bounded before it is normalised', () => {
    expect(note.safeParse('x'.repeat(51)).success).toBe(false);
  });
});

describe('Id', () => {
  it('takes an upper-case copy of an id as the id itself', () => {
    expect(Id.parse('9F1C2B3A-1234-4ABC-8DEF-0123456789AB')).toBe('9f1c2b3a-1234-4abc-8def-0123456789ab');
    expect(Id.safeParse('not-an-id').success).toBe(false);
  });
});

/** The paths of string leaves with nothing that restricts their characters. */
function unrestrictedStrings(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const here =
    node.type === 'string' && !('pattern' in node) && !('format' in node) && !('enum' in node) ? [path] : [];
  return here.concat(
    Object.entries(node).flatMap(([key, child]) =>
      Array.isArray(child)
        ? child.flatMap((item, i) => unrestrictedStrings(item, `${path}.${key}[${i}]`))
        : unrestrictedStrings(child, `${path}.${key}`),
    ),
  );
}

describe('request bodies', () => {
  const bodies = Object.entries(contracts).filter(
    ([name, value]) => /Body$/.test(name) && value instanceof z.ZodType,
  ) as [string, z.ZodType][];

  it('are found', () => {
    expect(bodies.length).toBeGreaterThan(8);
  });

  it.each(bodies)('%s: every text field restricts its characters', (_name, body) => {
    expect(unrestrictedStrings(z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }), '')).toEqual(
      [],
    );
  });
});
