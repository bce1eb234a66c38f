import { describe, expect, it } from 'vitest';
import { locatedQuestions } from './questions.ts';
import { requireFramework } from './registry.ts';
import { conditionsFor, gatingFor } from './rules.ts';

const rulesOf = (id: string, code: string) => {
  const framework = requireFramework(id);
  const located = locatedQuestions(framework).find(({ question }) => question.code === code)!;
  return {
    conditions: conditionsFor(located.section, located.keyQuestion, located.question),
    gating: gatingFor(framework, located.keyQuestion, located.question),
  };
};

describe('the rules of a question, spelled out', () => {
  it('says what a classification below medium does to each question of a gated key question (004 ¶3.26, 001 A 2.5)', () => {
    expect(rulesOf('d2-v6.5', 'A2.2').gating).toMatchObject({
      rule: 'inspector-classification',
      concern: 'safetyWellbeing',
      minimumLevel: 'medium',
      belowMinimum: 'not-asked',
    });
    expect(rulesOf('d2-v6.5', 'A2.5').gating).toMatchObject({ belowMinimum: 'asked' });
    expect(rulesOf('d2-v6.5', 'A1.1').gating).toBeNull();
  });

  it('says the summary is answered yes without factors in 003, and the other questions still asked', () => {
    expect(rulesOf('d3-v3.6', 'P2S').gating).toMatchObject({
      rule: 'yes-when-no-factors',
      withoutFactors: 'answered-yes',
    });
    expect(rulesOf('d3-v3.6', 'P2.1').gating).toMatchObject({ withoutFactors: 'asked' });
  });

  it('gathers the section, key question and question conditions of a 2016 question, outermost first', () => {
    expect(rulesOf('fji-sqs-2016', '3.4.3').conditions.map((condition) => condition.when)).toEqual([
      'programme',
      'disposal-type',
    ]);
    expect(rulesOf('fji-sqs-2016', '9e').conditions.map((condition) => condition.when)).toEqual([
      'country',
      'answer',
    ]);
    expect(rulesOf('d3-legacy', 'J2.1').conditions).toEqual([
      expect.objectContaining({ when: 'disposal-type', in: ['youth_conditional_caution'] }),
    ]);
    expect(rulesOf('d2-v6.5', 'A1.1').conditions).toEqual([]);
  });
});
