import { describe, expect, it } from 'vitest';
import { requireFramework } from '../registry.ts';
import { officialLayerSchema } from './official-entry.ts';
import { readOfficialGuidance } from './official.ts';

const d2 = requireFramework('d2-v6.5');

const markdown = (...lines: string[]) => readOfficialGuidance(lines.join('\n'), 'markdown', d2);
const json = (text: string) => readOfficialGuidance(text, 'json', d2);

describe('official guidance as markdown', () => {
  it('takes each "## <code>" entry word for word, after an optional title, with its line', () => {
    expect(
      markdown(
        '# Domain two CARaG v6.5',
        '',
        '## A1 Does assessment sufficiently analyse how to support the desistance?',
        "'Assessment' includes all assessment activity.",
        '',
        '## A1.1',
        '',
        'First paragraph.',
        '',
        '- a point',
        '### not an entry',
        '',
        '## 2.1',
      ),
    ).toEqual({
      ok: false,
      problems: [{ line: 13, message: '## 2.1 has no text under it' }],
    });
    expect(markdown('## A', 'Assessment.', '## A1', 'Intro.', '## A1.1', 'Text', '', '- a point')).toEqual({
      ok: true,
      entries: [
        { code: 'A', text: 'Assessment.', line: 1 },
        { code: 'A1', text: 'Intro.', line: 3 },
        { code: 'A1.1', text: 'Text\n\n- a point', line: 5 },
      ],
    });
  });

  it('refuses an unknown code, naming its line', () => {
    expect(markdown('## A1.1', 'Text.', '', '## A1.9', 'Text.')).toEqual({
      ok: false,
      problems: [{ line: 4, message: 'unknown code "A1.9" for framework d2-v6.5' }],
    });
  });

  it('refuses text before the first heading, a heading without a code, an entry twice and an empty file', () => {
    expect(markdown('Preface.', '##A1.1', '## ', '## A1.1', 'x', '## A1.1', 'y')).toEqual({
      ok: false,
      problems: [
        { line: 1, message: 'text before the first "## <code>" heading' },
        { line: 2, message: 'a "##" heading must be "## <code>", e.g. "## A1.1"' },
        { line: 3, message: 'a "##" heading must be "## <code>", e.g. "## A1.1"' },
        { line: 6, message: '"A1.1" appears again (first at line 4)' },
      ],
    });
    expect(markdown('', '# Title only')).toEqual({
      ok: false,
      problems: [{ line: null, message: 'no "## <code>" entries' }],
    });
  });

  it('does not echo a heading that is not code-like', () => {
    expect(markdown('## <script>alert(1)</script>', 'x')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'unknown code a code for framework d2-v6.5' }],
    });
  });
});

describe('official guidance as JSON', () => {
  const file = [
    '{',
    '  "framework": "d2-v6.5",',
    '  "entries": [',
    '    { "code": "A1.1", "text": "Quoted \\"code\\": kept" },',
    '    {',
    '      "code": "A9.9",',
    '      "text": "Unknown."',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it('reads the entries with the line of each "code" key, refusing an unknown code there', () => {
    expect(json(file)).toEqual({
      ok: false,
      problems: [{ line: 6, message: 'unknown code "A9.9" for framework d2-v6.5' }],
    });
    expect(json(file.replace('A9.9', 'A1.2'))).toEqual({
      ok: true,
      entries: [
        { code: 'A1.1', text: 'Quoted "code": kept', line: 4 },
        { code: 'A1.2', text: 'Unknown.', line: 6 },
      ],
    });
  });

  it('names the line of a syntax error without quoting the file', () => {
    const result = json('{\n  "framework": "d2-v6.5",\n  "entries": [ { "code": "A1.1" "text": "x" } ]\n}');
    expect(result).toEqual({ ok: false, problems: [{ line: 3, message: 'not valid JSON' }] });
  });

  it('names the field and entry line of a shape error, and refuses another framework', () => {
    expect(json('{ "framework": "d2-v6.5",\n "entries": [\n { "code": "A1.1", "text": "" }] }')).toEqual({
      ok: false,
      problems: [{ line: 3, message: 'entries.0.text: Too small: expected string to have >=1 characters' }],
    });
    expect(json('{ "framework": "d3-v3.6", "entries": [{ "code": "A1.1", "text": "x" }] }')).toEqual({
      ok: false,
      problems: [{ line: 1, message: '"framework" is not d2-v6.5' }],
    });
  });
});

describe('the stored official layer', () => {
  it('holds the framework, a revision, when and from what it was imported, and the entries', () => {
    const layer = {
      framework: 'd2-v6.5',
      revision: 1,
      importedAt: '2026-11-27T10:00:00.000Z',
      source: { name: 'carag.md', format: 'markdown', sha256: 'a'.repeat(64) },
      entries: [{ code: 'A1.1', text: 'Text.', line: 1 }],
    };
    expect(officialLayerSchema.parse(layer)).toEqual(layer);
    expect(officialLayerSchema.safeParse({ ...layer, revision: 0 }).success).toBe(false);
    expect(officialLayerSchema.safeParse({ ...layer, entries: [] }).success).toBe(false);
  });
});
