import { describe, expect, it } from 'vitest';
import d2v65 from './data/d2-v6.5.json' with { type: 'json' };
import d3Legacy from './data/d3-legacy.json' with { type: 'json' };
import d3v36 from './data/d3-v3.6.json' with { type: 'json' };
import standards2020 from './data/standards-2020.json' with { type: 'json' };
import { frameworkSchema } from './schema.ts';

const DATA_FILES = {
  'd2-v6.5': d2v65,
  'd3-v3.6': d3v36,
  'd3-legacy': d3Legacy,
  'standards-2020': standards2020,
};

// A valid two-question framework to break one rule at a time.
function minimalFramework() {
  return {
    id: 'minimal',
    family: 'youth-standards',
    domain: 3,
    name: 'Minimal',
    title: 'Minimal',
    source: 'seed.txt',
    status: { stage: 'published', source: 'seed.txt' },
    disposalTypes: ['youth_caution', 'youth_conditional_caution'],
    gating: { mode: 'none' },
    sections: [
      {
        code: 'A',
        name: 'Assessment',
        standard: '3.1',
        rating: 'case-based',
        keyQuestions: [
          {
            code: 'A1',
            standard: '3.1.1',
            text: 'Key question?',
            questions: [
              {
                code: 'A1.1',
                text: 'Prompt?',
                kind: 'prompt',
                answers: { type: 'yes-no' },
                source: { file: 'seed.txt', code: 'A 1.1' },
              },
              {
                code: 'A1S',
                text: 'Summary?',
                kind: 'summary',
                answers: { type: 'yes-no' },
                source: { file: 'seed.txt', code: 'A 1 S' },
              },
            ],
          },
        ],
      },
    ],
  };
}

function issues(data: unknown): string[] {
  const result = frameworkSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('frameworkSchema', () => {
  it.each(Object.entries(DATA_FILES))('parses the %s data file', (id, data) => {
    expect(issues(data)).toEqual([]);
    expect(frameworkSchema.parse(data).id).toBe(id);
  });

  it('accepts the minimal framework used below', () => {
    expect(issues(minimalFramework())).toEqual([]);
  });

  it('requires explanation reasons to include "Other" (002 Introduction)', () => {
    const data = minimalFramework();
    data.sections[0]!.keyQuestions[0]!.questions[0]!.answers = {
      type: 'reasons',
      options: [{ value: 'late', label: 'Late' }],
    } as never;
    expect(issues(data)).toContain('reasons must include "other"');
  });

  it('rejects codes with spaces (codes are stored as printed, spaces removed)', () => {
    const data = minimalFramework();
    data.sections[0]!.keyQuestions[0]!.questions[0]!.code = 'A 1.1';
    expect(issues(data)).toContain('codes have no spaces');
  });

  it('rejects a question code used twice', () => {
    const data = minimalFramework();
    data.sections[0]!.keyQuestions[0]!.questions[1]!.code = 'A1.1';
    expect(issues(data)).toContain('question A1.1 appears twice');
  });

  it('rejects a rule that depends on a later or unknown question', () => {
    const data = minimalFramework();
    Object.assign(data.sections[0]!.keyQuestions[0]!.questions[0]!, {
      appliesWhen: { when: 'answer', question: 'A1S', in: ['yes'], source: 'test' },
    });
    expect(issues(data)).toContain('A1.1 depends on A1S, which is not an earlier question');
  });

  it('rejects a rule on values outside the scale of the question it depends on', () => {
    const data = minimalFramework();
    Object.assign(data.sections[0]!.keyQuestions[0]!.questions[1]!, {
      appliesWhen: { when: 'answer', question: 'A1.1', in: ['maybe'], source: 'test' },
    });
    expect(issues(data)).toContain('A1S depends on A1.1 values outside its scale');
  });

  it('rejects a summary that is not yes/no, and two summaries in one key question', () => {
    const data = minimalFramework();
    const [prompt, summary] = data.sections[0]!.keyQuestions[0]!.questions;
    summary!.answers = { type: 'text' } as never;
    prompt!.kind = 'summary';
    expect(issues(data)).toEqual(
      expect.arrayContaining([
        'summary A1S must be answered yes or no',
        'key question A1 has more than one summary',
      ]),
    );
  });

  it('rejects a key question filed under the wrong standard', () => {
    const data = minimalFramework();
    data.sections[0]!.keyQuestions[0]!.standard = '2.1.1';
    expect(issues(data)).toContain('key question A1 (2.1.1) is not under standard 3.1');
  });

  it('rejects a gated key question in a framework without a gating rule', () => {
    const data = minimalFramework();
    Object.assign(data.sections[0]!.keyQuestions[0]!, { gated: { concern: 'riskOfHarm', source: 'test' } });
    expect(issues(data)).toContain('key question A1 is gated but the framework has no gating rule');
  });

  it('rejects a disposal type in a rule that the framework does not list (a misspelt type hides nothing)', () => {
    const data = minimalFramework();
    Object.assign(data.sections[0]!.keyQuestions[0]!, {
      appliesWhen: { when: 'disposal-type', in: ['YCC'], source: 'test' },
    });
    expect(issues(data)).toContain("A1 names disposal types that are not the framework's: YCC");
  });

  it('rejects a disposal type outside the ones yji knows', () => {
    const data = minimalFramework();
    data.disposalTypes = ['youth_caution', 'ycc'];
    expect(issues(data).length).toBeGreaterThan(0);
  });

  it('rejects an ungated mark outside a gated key question, and an expected answer outside the scale', () => {
    const data = minimalFramework();
    Object.assign(data.sections[0]!.keyQuestions[0]!.questions[0]!, {
      ungated: { source: 'test' },
      expectedAnswer: {
        value: 'maybe',
        when: { when: 'disposal-type', in: ['youth_caution'], source: 't' },
        source: 't',
      },
    });
    expect(issues(data)).toEqual([
      'A1.1 is marked ungated but is not a question a gate would close',
      'A1.1 expects an answer outside its scale',
    ]);
  });

  it('rejects a rule that reads a question yji records elsewhere, and grid rows from a question that is not a choice', () => {
    const data = minimalFramework();
    const [first, second] = data.sections[0]!.keyQuestions[0]!.questions;
    Object.assign(first!, { recordedElsewhere: { field: 'inspection.country', source: 't' } });
    Object.assign(second!, {
      kind: 'information',
      answers: { type: 'grid', rows: { chosenAt: 'A1.1' }, cell: { type: 'yes-no' } },
      appliesWhen: { when: 'answer', question: 'A1.1', in: ['yes'], source: 't' },
    });
    expect(issues(data)).toEqual([
      'A1S depends on A1.1, which is not answered',
      'A1S takes its rows from A1.1, which is not an earlier choice question',
    ]);
  });
});
