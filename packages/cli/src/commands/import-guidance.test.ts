import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { officialLayerSchema } from '@yji/domain';
import { runFrameworks } from './frameworks.ts';

let folder: string;
let dataDir: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'yji-cli-guidance-'));
  dataDir = join(folder, 'data');
  vi.stubEnv('YJI_DATA_DIR', dataDir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const printed: string[] = [];
  const code = await runFrameworks(args, (text) => printed.push(text));
  return { code, output: printed.join('\n') };
}

function file(name: string, ...lines: string[]): string {
  const path = join(folder, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

const layerPath = () => join(dataDir, 'guidance', 'd2-v6.5.official.json');
const storedLayer = () => officialLayerSchema.parse(JSON.parse(readFileSync(layerPath(), 'utf8')));

const GOOD = [
  '# Youth offending inspection, domain two CARaG v6.5',
  '',
  '## A1 Does assessment sufficiently analyse how to support the desistance?',
  "'Assessment' includes all assessment activity.",
  '',
  '## A1.1',
  'Inspectors are looking for an analysis of the offending behaviour.',
  '',
  'Second paragraph, kept as written.',
];

describe('yji frameworks import-guidance', () => {
  it('stores a good markdown file word for word as the official layer of the framework', async () => {
    const path = file('carag.md', ...GOOD);
    expect(await run('import-guidance', '--framework', 'd2-v6.5', '--file', path)).toEqual({
      code: 0,
      output: `Imported 2 official entries for d2-v6.5 (revision 1) into ${layerPath()}`,
    });
    const layer = storedLayer();
    expect(layer).toMatchObject({
      framework: 'd2-v6.5',
      revision: 1,
      source: { name: 'carag.md', format: 'markdown', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      entries: [
        { code: 'A1', text: "'Assessment' includes all assessment activity.", line: 3 },
        {
          code: 'A1.1',
          text: 'Inspectors are looking for an analysis of the offending behaviour.\n\nSecond paragraph, kept as written.',
          line: 6,
        },
      ],
    });
    expect(Date.parse(layer.importedAt)).not.toBeNaN();
  });

  it('replaces the layer on a new import, one revision on, and reads JSON files too', async () => {
    await run('import-guidance', '--framework', 'd2-v6.5', '--file', file('carag.md', ...GOOD));
    const json = file(
      'carag.json',
      JSON.stringify({ framework: 'd2-v6.5', entries: [{ code: 'A2.5', text: 'Levels.' }] }),
    );
    const { output } = await run(
      'import-guidance',
      '--framework',
      'd2-v6.5',
      '--file',
      json,
      '--data-dir',
      dataDir,
    );
    expect(output).toContain('Imported 1 official entries for d2-v6.5 (revision 2)');
    expect(storedLayer()).toMatchObject({
      revision: 2,
      source: { format: 'json' },
      entries: [{ code: 'A2.5', line: 1 }],
    });
  });

  it('refuses an unknown code with its line number and writes nothing', async () => {
    const path = file('carag.md', ...GOOD, '', '## A1.9', 'A question v6.5 does not have.');
    await expect(run('import-guidance', '--framework', 'd2-v6.5', '--file', path)).rejects.toThrow(
      `--file: ${path} was not imported; nothing was written\n  line 11: unknown code "A1.9" for framework d2-v6.5`,
    );
    expect(existsSync(layerPath())).toBe(false);
  });

  it('refuses a malformed file, naming each problem, and leaves the stored layer as it was', async () => {
    await run('import-guidance', '--framework', 'd2-v6.5', '--file', file('first.md', ...GOOD));
    const before = readFileSync(layerPath(), 'utf8');
    const markdown = file(
      'bad.md',
      'Preface without a heading.',
      '## A1.1',
      '',
      '## A1.2',
      'x',
      '## A1.2',
      'y',
    );
    await expect(run('import-guidance', '--framework', 'd2-v6.5', '--file', markdown)).rejects.toThrow(
      [
        'nothing was written',
        '  line 1: text before the first "## <code>" heading',
        '  line 2: ## A1.1 has no text under it',
        '  line 6: "A1.2" appears again (first at line 4)',
      ].join('\n'),
    );
    const json = file(
      'bad.json',
      '{ "framework": "d2-v6.5",',
      '  "entries": [ { "code": "A1.1" "text": "x" } ] }',
    );
    await expect(run('import-guidance', '--framework', 'd2-v6.5', '--file', json)).rejects.toThrow(
      'nothing was written\n  line 2: not valid JSON',
    );
    expect(readFileSync(layerPath(), 'utf8')).toBe(before);
  });

  it('refuses a missing option, an unknown framework, an unknown file type and a file it cannot read', async () => {
    await expect(run('import-guidance', '--framework', 'd2-v6.5')).rejects.toThrow(
      /--file: is required\nUsage: yji frameworks import-guidance/,
    );
    await expect(run('import-guidance', '--framework', 'd2-v9', '--file', 'x.md')).rejects.toThrow(
      '--framework: must be one of: d2-v6.5, d3-v3.6, d3-legacy, standards-2020',
    );
    await expect(
      run('import-guidance', '--framework', 'd2-v6.5', '--file', file('carag.txt', 'x')),
    ).rejects.toThrow('--file: must end in .md, .markdown or .json');
    const missing = join(folder, 'missing.md');
    await expect(run('import-guidance', '--framework', 'd2-v6.5', '--file', missing)).rejects.toThrow(
      `--file: cannot read ${missing} (ENOENT)`,
    );
    expect(existsSync(layerPath())).toBe(false);
  });
});

describe('yji frameworks show --json with guidance', () => {
  it('carries our guidance on every standard, key question and question, and the levels', async () => {
    const framework = JSON.parse((await run('show', 'standards-2020', '--json')).output);
    expect(framework.officialGuidance).toBeNull();
    const resettlement = framework.sections.find((section: { code: string }) => section.code === '2.5');
    expect(resettlement.guidance.statement).toBe(
      'There is a high quality, evidence-based resettlement service for children leaving custody.',
    );
    for (const section of framework.sections)
      for (const keyQuestion of section.keyQuestions) {
        expect(keyQuestion.guidance?.code).toBe(keyQuestion.code);
        for (const question of keyQuestion.questions) expect(question.guidance?.code).toBe(question.code);
      }
    const d2 = JSON.parse((await run('show', 'd2-v6.5', '--json')).output);
    expect(d2.classifications.map((entry: { question: string }) => entry.question)).toEqual(['A2.5', 'A3.4']);
  });

  it('adds the official text where a layer has been imported', async () => {
    await run('import-guidance', '--framework', 'd2-v6.5', '--file', file('carag.md', ...GOOD));
    const framework = JSON.parse((await run('show', 'd2-v6.5', '--json')).output);
    expect(framework.officialGuidance).toMatchObject({ revision: 1, source: { name: 'carag.md' } });
    const [a1] = framework.sections[0].keyQuestions;
    expect(a1.official).toBe("'Assessment' includes all assessment activity.");
    expect(a1.questions[0].official).toMatch(/^Inspectors are looking/);
    expect(a1.questions[1]).not.toHaveProperty('official');
    expect(a1.questions[1].guidance.code).toBe('A1.2');
  });

  it('refuses to show a stored layer that is not one', async () => {
    await run('import-guidance', '--framework', 'd2-v6.5', '--file', file('carag.md', ...GOOD));
    writeFileSync(layerPath(), '{ "framework": "d2-v6.5" }');
    await expect(run('show', 'd2-v6.5', '--json')).rejects.toThrow(
      `the official guidance at ${layerPath()} is not a layer for d2-v6.5; move it away or import again`,
    );
  });
});
