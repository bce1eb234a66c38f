import { describe, expect, it } from 'vitest';
import { runFrameworks } from './frameworks.ts';

async function run(...args: string[]) {
  const printed: string[] = [];
  const code = await runFrameworks(args, (text) => printed.push(text));
  return { code, output: printed.join('\n') };
}

describe('yji frameworks list', () => {
  it('--json gives id, name, family, domain, title, source, status and questionCount for every framework, the 2016 one too', async () => {
    const { code, output } = await run('list', '--json');
    expect(code).toBe(0);
    const frameworks = JSON.parse(output) as Record<string, unknown>[];
    expect(frameworks.map((f) => [f.id, f.domain, f.questionCount, f.status])).toEqual([
      ['d2-v6.5', 2, 73, 'published'],
      ['d3-v3.6', 3, 67, 'published'],
      ['d3-legacy', 3, 59, 'published'],
      ['standards-2020', null, 183, 'consultation-draft'],
      ['fji-sqs-2016', null, 195, 'published'],
    ]);
    for (const framework of frameworks) {
      expect(Object.keys(framework)).toEqual(
        'id name family domain title source status questionCount'.split(' '),
      );
    }
    expect(frameworks[0]?.source).toBe('001_c91ca601600e716e.txt');
  });

  it('prints a readable table without --json', async () => {
    const { output } = await run('list');
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+DOMAIN\s+QUESTIONS\s+STATUS$/);
    expect(lines[1]).toMatch(/^d2-v6\.5\s+Court disposals CARaG v6\.5\s+2\s+73\s+published$/);
    expect(lines[4]).toMatch(
      /^standards-2020\s+Youth justice standards 2020\s+all\s+183\s+consultation-draft$/,
    );
    expect(lines[5]).toMatch(
      /^fji-sqs-2016\s+FJI and SQS case assessment guidance 2016\s+-\s+195\s+published$/,
    );
  });
});

describe('yji frameworks show', () => {
  it('--json gives every question its conditions, gating, answer scale and other rules', async () => {
    const { code, output } = await run('show', 'd2-v6.5', '--json');
    expect(code).toBe(0);
    const framework = JSON.parse(output);
    expect(Object.keys(framework)).toEqual(
      'id name family domain title source status disposalTypes gating decisions sections officialGuidance classifications'.split(
        ' ',
      ),
    );
    expect(framework.disposalTypes).toEqual([
      'referral_order',
      'youth_rehabilitation_order',
      'custodial_sentence',
      'other_court',
    ]);
    const [assessment] = framework.sections;
    expect(Object.keys(assessment)).toEqual([
      'code',
      'name',
      'standard',
      'rating',
      'keyQuestions',
      'guidance',
    ]);
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
      appliesWhen: [],
      gating: null,
      expectedAnswer: null,
      recordedElsewhere: null,
      notScoring: null,
      considerAlert: null,
      criterion: null,
      fromTool: null,
      source: { file: '001_c91ca601600e716e.txt', code: 'A 1.1' },
      guidance: expect.objectContaining({ code: 'A1.1', source: { document: '001', lines: [33, 33] } }),
    });
    const a2 = (code: string) =>
      assessment.keyQuestions[1].questions.find((q: { code: string }) => q.code === code);
    expect(a2('A2.5').answers).toMatchObject({
      type: 'classification',
      notRecorded: { label: 'Not recorded' },
    });
    expect(a2('A2.5').gating).toMatchObject({
      rule: 'inspector-classification',
      minimumLevel: 'medium',
      belowMinimum: 'asked',
    });
    expect(a2('A2S').gating).toMatchObject({ belowMinimum: 'not-asked' });
    const a3 = assessment.keyQuestions[2].questions.find((q: { code: string }) => q.code === 'A3.11');
    expect(a3.expectedAnswer).toMatchObject({
      value: 'no',
      when: { when: 'answer', question: 'A3.4', in: ['not_recorded'] },
    });
  });

  it('--json gives a 2016 question all the conditions it needs, outermost first', async () => {
    const framework = JSON.parse((await run('show', 'fji-sqs-2016', '--json')).output);
    const questions = framework.sections.flatMap((s: { keyQuestions: { questions: unknown[] }[] }) =>
      s.keyQuestions.flatMap((k) => k.questions),
    ) as {
      code: string;
      appliesWhen: { when: string }[];
      recordedElsewhere: unknown;
      source: { lines: number[] };
    }[];
    const question = (code: string) => questions.find((q) => q.code === code)!;
    expect(question('3.4.3').appliesWhen.map((c) => c.when)).toEqual(['programme', 'disposal-type']);
    expect(question('5.3a').appliesWhen).toEqual([
      expect.objectContaining({ when: 'interview', requires: 'case-manager-first-time' }),
    ]);
    expect(question('13c').recordedElsewhere).toMatchObject({ field: 'interview.language' });
    expect(question('1.1.1').source.lines).toEqual([795, 967]);
  });

  it('--json gives every 2016 View its introduction and every question its guidance', async () => {
    const framework = JSON.parse((await run('show', 'fji-sqs-2016', '--json')).output);
    const [details, assessment] = framework.sections;
    expect(details.guidance).toMatchObject({ code: 'V0', source: { document: '002' } });
    expect(assessment.guidance.introduction.length).toBeGreaterThan(0);
    for (const section of framework.sections)
      for (const group of section.keyQuestions)
        for (const question of group.questions)
          expect(question.guidance?.code, question.code).toBe(question.code);
    expect(assessment.keyQuestions[0].questions[0].guidance).toMatchObject({
      code: '1.1.1',
      source: { document: '002', lines: [795, 967] },
    });
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
    expect(output).toContain('      ↳ only for youth_conditional_caution\n    J2.2');
    expect(output).toContain('      ↳ below medium: still asked\n    A2.8');
    expect(output).toContain('      ↳ below medium: still asked · no when A3.3 is not_recorded');
  });

  it('rejects an unknown id, naming it and the valid ones', async () => {
    await expect(run('show', 'd2-v9')).rejects.toThrow(
      'Unknown framework "d2-v9". Valid ids: d2-v6.5, d3-v3.6, d3-legacy, standards-2020, fji-sqs-2016',
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
