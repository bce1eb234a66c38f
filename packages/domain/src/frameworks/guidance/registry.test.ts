import { describe, expect, it } from 'vitest';
import { getFramework, requireFramework } from '../registry.ts';
import { guidanceProblems } from './integrity.ts';
import { getFrameworkGuidance, guidedFrameworkIds } from './registry.ts';
import { frameworkGuidanceSchema } from './schema.ts';
import { refusedFields } from '../../refused-fields.testing.ts';

function everyObject(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(everyObject)];
}

const question = (code: string, extra: object = {}) => ({
  code,
  summary: 'What it asks.',
  yesWhen: ['Enough.'],
  noWhen: ['Not enough.'],
  evidence: ['The record.'],
  source: { document: '001', lines: [33, 33] },
  ...extra,
});

describe('guidance registry', () => {
  it('carries guidance for the three CARaGs, the 2020 standards and the 2016 FJI/SQS', () => {
    expect(guidedFrameworkIds()).toEqual([
      'd2-v6.5',
      'd3-v3.6',
      'd3-legacy',
      'standards-2020',
      'fji-sqs-2016',
    ]);
    expect(getFrameworkGuidance('d2-v9')).toBeUndefined();
  });

  it.each(guidedFrameworkIds())('%s is frozen all the way down', (id) => {
    expect(everyObject(getFrameworkGuidance(id)).every((object) => Object.isFrozen(object))).toBe(true);
  });

  it('finds codes the framework lacks, entries given twice and references that lead nowhere', () => {
    const guidance = frameworkGuidanceSchema.parse({
      framework: 'd2-v6.5',
      keyQuestions: [],
      questions: [
        question('A1.1', { seeAlso: [{ code: 'A9.9' }, { framework: 'd3-v3.6', code: 'A1.2a' }] }),
        question('A1.1'),
        question('Z1.1'),
      ],
      classifications: [
        {
          question: 'A1.3',
          concern: 'safetyWellbeing',
          notes: ['A note.'],
          levels: [],
          source: { document: '001', lines: [55, 55] },
        },
      ],
    });
    expect(guidanceProblems(guidance, requireFramework('d2-v6.5'), getFramework)).toEqual([
      'question Z1.1 is not in d2-v6.5',
      'question A1.1 has guidance twice',
      'classification A1.3 is not a classification question',
      'A1.1 refers to d2-v6.5 A9.9, which does not exist',
    ]);
  });

  it('refuses a backward line range, a document that is not a seed number and an empty summary', () => {
    expect(
      refusedFields(frameworkGuidanceSchema, {
        framework: 'd2-v6.5',
        keyQuestions: [],
        questions: [question('A1.1', { summary: ' ', source: { document: '1', lines: [40, 33] } })],
      }),
    ).toEqual(['questions.0.summary', 'questions.0.source.document', 'questions.0.source.lines']);
  });
});
