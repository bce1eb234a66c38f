// An answer a framework prescribes (expectedAnswer) goes beyond what its seed asks where the seed is silent
// (003 A 2.6, A 3.5 ask only whether a classification is reasonable): each is a recorded decision, named in its
// framework's decisions with where it is enforced, never presented as the seed's own words.
import { describe, expect, it } from 'vitest';
import { locatedQuestions } from './questions.ts';
import { listFrameworks } from './registry.ts';

const prescribed = listFrameworks().flatMap((framework) =>
  locatedQuestions(framework).flatMap(({ question }) =>
    question.expectedAnswer ? [{ framework, question, expected: question.expectedAnswer }] : [],
  ),
);

describe('prescribed answers (expectedAnswer)', () => {
  it.each(prescribed.map((entry) => [`${entry.framework.id} ${entry.question.code}`, entry] as const))(
    '%s is a decision its framework records, with where it is enforced',
    (_, { framework, question }) => {
      const decision = (framework.decisions ?? []).find((text) =>
        text.includes(question.source?.code ?? question.code),
      );
      expect(decision).toBeDefined();
      expect(decision).toMatch(/Decision \(docs\/domain\.md, decisions\)/);
      expect(decision).toContain('assessment/answer-issues.ts');
    },
  );

  it('are those for a classification not recorded, and never say the seed itself prescribes "reasonable?"', () => {
    expect(prescribed.map(({ framework, question }) => `${framework.id} ${question.code}`)).toEqual([
      'd2-v6.5 A3.11',
      'd3-v3.6 A2.6',
      'd3-v3.6 A3.5',
      'd3-v3.6 A3.8',
      'd3-legacy A3.10',
    ]);
    for (const { question, expected } of prescribed.filter(({ question }) =>
      /reasonable\?$/.test(question.text),
    ))
      expect(expected.source, question.code).toMatch(/decision \(docs\/domain\.md\)/);
  });
});
