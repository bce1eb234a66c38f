import { describe, expect, it } from 'vitest';
import { desistanceFirstRule, lowestKeyQuestionRule } from './standard-rules.ts';
import type { RatedKeyQuestion } from './standard-rules.ts';
import { bandForProportion } from './rating-bands.ts';
import { KEY_QUESTION_FOCUSES } from './rated-standards.ts';

/** Key questions 3.1.1–3.1.3 from [yes, applicable] pairs. */
function keyQuestions(...counts: [number, number][]): RatedKeyQuestion[] {
  return counts.map(([yes, applicable], index) => {
    const id = `3.1.${index + 1}`;
    const rated = applicable > 0;
    return {
      keyQuestion: { id, focus: KEY_QUESTION_FOCUSES[index] ?? 'desistance' },
      result: { id, yes, applicable, percent: null, band: rated ? bandForProportion(yes, applicable) : null },
    };
  });
}

describe('lowestKeyQuestionRule (004 ¶3.24)', () => {
  it('takes the lowest proportion, not the fewest yes', () => {
    const verdict = lowestKeyQuestionRule(keyQuestions([16, 20], [3, 6], [8, 10]));
    expect(verdict.rating).toBe('Requires improvement');
    expect(verdict.drivenBy?.id).toBe('3.1.2');
  });

  it('gives no rating when a key question has no applicable case', () => {
    expect(lowestKeyQuestionRule(keyQuestions([16, 20], [0, 0], [8, 10]))).toEqual({
      rating: null,
      drivenBy: null,
    });
  });
});

describe('desistanceFirstRule (004 ¶3.31, decision)', () => {
  it.each([
    [
      'desistance Outstanding, others Outstanding',
      [
        [9, 10],
        [8, 10],
        [4, 5],
      ],
      'Outstanding',
      '3.1.1',
    ],
    [
      'desistance Outstanding, risk Good: not the highest rating',
      [
        [9, 10],
        [8, 10],
        [7, 10],
      ],
      'Good',
      '3.1.3',
    ],
    [
      'desistance Outstanding, safety Inadequate: one band down only',
      [
        [9, 10],
        [1, 5],
        [8, 10],
      ],
      'Good',
      '3.1.2',
    ],
    [
      'desistance Requires improvement, others Outstanding: never raised',
      [
        [5, 10],
        [9, 10],
        [9, 10],
      ],
      'Requires improvement',
      '3.1.1',
    ],
    [
      'no safety or risk case applies',
      [
        [7, 10],
        [0, 0],
        [0, 0],
      ],
      'Good',
      '3.1.1',
    ],
  ] as [string, [number, number][], string, string][])('%s', (_name, counts, rating, drivenBy) => {
    const verdict = desistanceFirstRule(keyQuestions(...counts));
    expect(verdict.rating).toBe(rating);
    expect(verdict.drivenBy?.id).toBe(drivenBy);
  });

  it('gives no rating without an applicable desistance case', () => {
    expect(desistanceFirstRule(keyQuestions([0, 0], [9, 10], [9, 10]))).toEqual({
      rating: null,
      drivenBy: null,
    });
  });
});
