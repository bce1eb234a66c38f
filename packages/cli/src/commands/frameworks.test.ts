import { describe, expect, it } from 'vitest';
import { runFrameworks } from './frameworks.ts';

async function run(...args: string[]) {
  const printed: string[] = [];
  const code = await runFrameworks(args, (text) => printed.push(text));
  return { code, output: printed.join('\n') };
}

describe('yji frameworks list', () => {
  it('--json gives id, domain, title, source and questionCount for every framework', async () => {
    const { code, output } = await run('list', '--json');
    expect(code).toBe(0);
    const frameworks = JSON.parse(output) as Record<string, unknown>[];
    expect(frameworks.map((f) => [f.id, f.domain, f.questionCount])).toEqual([
      ['d2-v6.5', 2, 73],
      ['d3-v3.6', 3, 67],
      ['d3-legacy', 3, 59],
      ['standards-2020', null, 183],
    ]);
    for (const framework of frameworks) {
      expect(Object.keys(framework)).toEqual(['id', 'domain', 'title', 'source', 'questionCount']);
    }
    expect(frameworks[0]?.source).toBe('001_c91ca601600e716e.txt');
  });

  it('prints a readable table without --json', async () => {
    const { output } = await run('list');
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^ID\s+DOMAIN\s+QUESTIONS\s+TITLE$/);
    expect(lines[1]).toMatch(/^d2-v6\.5\s+2\s+73\s+Domain two/);
    expect(lines[4]).toMatch(/^standards-2020\s+all\s+183\s+/);
  });
});

describe('yji frameworks show', () => {
  it('--json gives sections, key questions with their standard, and questions with kind and answers', async () => {
    const { code, output } = await run('show', 'd2-v6.5', '--json');
    expect(code).toBe(0);
    const framework = JSON.parse(output);
    expect(Object.keys(framework)).toEqual(['id', 'domain', 'title', 'source', 'sections']);
    const [assessment] = framework.sections;
    expect(Object.keys(assessment)).toEqual(['code', 'name', 'keyQuestions']);
    expect(assessment.keyQuestions[0]).toMatchObject({
      code: 'A1',
      standard: '2.1.1',
      text: "Does assessment sufficiently analyse how to support the child's desistance?",
    });
    expect(assessment.keyQuestions[0].questions[0]).toEqual({
      code: 'A1.1',
      text: "Is there sufficient analysis of offending behaviour, including the child's attitudes towards and motivation for their offending?",
      kind: 'prompt',
      answers: { type: 'yes-no' },
    });
    expect(
      assessment.keyQuestions[1].questions.find((q: { code: string }) => q.code === 'A2.5').answers.type,
    ).toBe('classification');
  });

  it('shows groups that no standard rates with a null standard (003 I 1.x, O 2)', async () => {
    const framework = JSON.parse((await run('show', 'd3-v3.6', '--json')).output);
    expect(framework.sections.map((s: { code: string }) => s.code)).toEqual(['I', 'A', 'P', 'D', 'O']);
    expect(framework.sections[0].keyQuestions[0]).toMatchObject({ code: 'I1', standard: null, text: null });
    expect(framework.sections[4].keyQuestions[0].standard).toBeNull();
  });

  it('prints sections, key questions and questions readably without --json', async () => {
    const { output } = await run('show', 'd3-legacy');
    expect(output).toContain('d3-legacy · 59 questions · from 000_a5d7880412dad83a.txt');
    expect(output).toContain('J  Joint working (standard 3.4)');
    expect(output).toMatch(/ {2}J2 {2}\[3\.4\.2\] {2}Does the YOT work effectively with the police/);
    expect(output).toMatch(
      / {4}A2\.4\s+information\s+Low\/Medium\/High\/Very high\/Not recorded\s+What is the classification/,
    );
    expect(output).toMatch(/ {4}J2S\s+summary\s+yes\/no\s+Does the YOT work/);
  });

  it('rejects an unknown id, naming it and the valid ones', async () => {
    await expect(run('show', 'd2-v9')).rejects.toThrow(
      'Unknown framework "d2-v9". Valid ids: d2-v6.5, d3-v3.6, d3-legacy, standards-2020',
    );
  });

  it('rejects missing or extra arguments, unknown commands and options with the usage', async () => {
    for (const args of [
      [],
      ['show'],
      ['show', 'a', 'b'],
      ['list', 'extra'],
      ['remove'],
      ['list', '--yaml'],
    ]) {
      await expect(run(...args)).rejects.toThrow(
        'Usage: yji frameworks list [--json] | yji frameworks show <id> [--json]',
      );
    }
  });
});
