import { describe, expect, it } from 'vitest';
import { guidanceForQuestion } from './lookup.ts';
import type { OfficialLayer } from './official-entry.ts';

const official: OfficialLayer = {
  framework: 'd2-v6.5',
  revision: 3,
  importedAt: '2026-11-27T10:00:00.000Z',
  source: { name: 'carag.md', format: 'markdown', sha256: '0'.repeat(64) },
  entries: [
    { code: 'A2', text: 'Official introduction.', line: 1 },
    { code: 'A2.2', text: 'Official guidance.', line: 4 },
  ],
};

describe('guidanceForQuestion', () => {
  it('gives a question its guidance, its key question and the levels of the concern it is about', () => {
    const view = guidanceForQuestion('d2-v6.5', 'A2.2');
    expect(view).toMatchObject({ framework: 'd2-v6.5', code: 'A2.2' });
    expect(view?.question.code).toBe('A2.2');
    expect(view?.keyQuestion).toMatchObject({ code: 'A2', concern: 'safetyWellbeing' });
    expect(view?.levels.map((levels) => levels.question)).toEqual(['A2.5']);
    expect(view?.levels[0]?.levels.map((level) => level.level)).toEqual([
      'low',
      'medium',
      'high',
      'very_high',
      'not_recorded',
    ]);
    expect(view).not.toHaveProperty('official');
    expect(view).not.toHaveProperty('standard');
  });

  it('gives no levels for a desistance question, and a classification question its own', () => {
    expect(guidanceForQuestion('d2-v6.5', 'A1.1')?.levels).toEqual([]);
    expect(guidanceForQuestion('d3-v3.6', 'A3.3')?.levels.map((levels) => levels.question)).toEqual(['A3.3']);
  });

  it("gives a 2020 prompt its standard's statement", () => {
    const view = guidanceForQuestion('standards-2020', '2.5.1a');
    expect(view?.standard?.statement).toBe(
      'There is a high quality, evidence-based resettlement service for children leaving custody.',
    );
    expect(view?.keyQuestion?.code).toBe('2.5.1');
  });

  it("gives a 2016 question its View's introduction, its groups having no text to introduce", () => {
    const view = guidanceForQuestion('fji-sqs-2016', '5.1.1a');
    expect(view?.question.code).toBe('5.1.1a');
    expect(view?.section?.code).toBe('V5');
    expect(view?.section?.introduction.join(' ')).toMatch(/interview/i);
    expect(view).not.toHaveProperty('keyQuestion');
    expect(view?.levels).toEqual([]);
  });

  it('adds the official text of the question and key question from a layer for the same framework', () => {
    expect(guidanceForQuestion('d2-v6.5', 'A2.2', official)?.official).toEqual({
      question: 'Official guidance.',
      keyQuestion: 'Official introduction.',
      revision: 3,
    });
    expect(guidanceForQuestion('d2-v6.5', 'A2.3', official)?.official).toEqual({
      keyQuestion: 'Official introduction.',
      revision: 3,
    });
    expect(guidanceForQuestion('d3-v3.6', 'A2.2', official)).not.toHaveProperty('official');
  });

  it('is undefined for an unknown framework or question', () => {
    expect(guidanceForQuestion('d2-v9', 'A1.1')).toBeUndefined();
    expect(guidanceForQuestion('d2-v6.5', 'A9.9')).toBeUndefined();
    expect(guidanceForQuestion('d2-v6.5', 'A1')).toBeUndefined();
  });
});
