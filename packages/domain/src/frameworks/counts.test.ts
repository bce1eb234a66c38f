// Question counts per section, verified by a second, independent count of each seed (see the final report
// of the extraction). A change here means the data no longer matches what the seed prints.
import { describe, expect, it } from 'vitest';
import { questionCount } from './questions.ts';
import { FRAMEWORK_IDS, requireFramework } from './registry.ts';

const EXPECTED: Record<(typeof FRAMEWORK_IDS)[number], Record<string, number>> = {
  // 001: A 1 (8 + A 1 S), A 2 (5 + S), A 3 (5 + S); P 1 (7 + S), P 2 (4 + S), P 3 (5 + S);
  // D 1 (7 + S), D 2 (2 + S), D 3 (3 + S); R 1 (6 + S), R 2 (4 + S), R 3 (5 + S).
  'd2-v6.5': { A: 21, P: 19, D: 15, R: 18 },
  // 003: I 1.1, 1.4–1.9, 1.11; A 1 (10 + S), A 2 (5 + S), A 3 (5 + S); P 1 (9 + S), P 2 (3 + S),
  // P 3 (4 + S); D 1 (7 + S), D 2 (2 + S), D 3 (2 + S); O 2.1–2.3.
  'd3-v3.6': { I: 8, A: 23, P: 19, D: 14, O: 3 },
  // 000: A 1 (8 + S), A 2 (4 + S), A 3 (4 + S); P 1 (7 + S, no P 1.2 printed), P 2 (3 + S), P 3 (4 + S);
  // D 1 (6 + S, no D 1.2 printed), D 2 (2 + S), D 3 (2 + S); J 1 (6 + S), J 2 (2 + S).
  'd3-legacy': { A: 19, P: 17, D: 13, J: 10 },
  // 004 Annexe A prompts a), b), … per standard (1.4.4 prints a)–e) then g)).
  'standards-2020': {
    '1.1': 15,
    '1.2': 23,
    '1.3': 13,
    '1.4': 16,
    '2.1': 13,
    '2.2': 15,
    '2.3': 12,
    '2.4': 12,
    '2.5': 14,
    '3.1': 11,
    '3.2': 14,
    '3.3': 9,
    '3.4': 16,
  },
  // 002: Views 0 to 5, one question per numbered row (lettered parts apart); fji-sqs-2016.test.ts counts the rows.
  'fji-sqs-2016': { V0: 26, V1: 44, V2: 30, V3: 40, V4: 31, V5: 24 },
};

describe('question counts per section', () => {
  it.each(FRAMEWORK_IDS)('%s matches the seed', (id) => {
    const framework = requireFramework(id);
    const counts = Object.fromEntries(
      framework.sections.map((section) => [
        section.code,
        section.keyQuestions.reduce((sum, keyQuestion) => sum + keyQuestion.questions.length, 0),
      ]),
    );
    expect(counts).toEqual(EXPECTED[id]);
  });

  it.each(FRAMEWORK_IDS)('questionCount(%s) is the sum of its sections', (id) => {
    const total = Object.values(EXPECTED[id]).reduce((sum, count) => sum + count, 0);
    expect(questionCount(requireFramework(id))).toBe(total);
  });

  it('totals: 73 in domain two v6.5, 67 in domain three v3.6, 59 in the earlier domain three, 183 prompts in 2020, 195 questions in 2016', () => {
    expect(FRAMEWORK_IDS.map((id) => questionCount(requireFramework(id)))).toEqual([73, 67, 59, 183, 195]);
  });
});
