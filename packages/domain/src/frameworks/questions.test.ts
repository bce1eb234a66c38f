// Forms look every question up by code (the case form: its control and its guidance, for ~200 questions a
// page), so a lookup must not rebuild the framework's list of questions each time.
import { describe, expect, it } from 'vitest';
import { guidanceForQuestion } from './guidance/lookup.ts';
import { findQuestion, locatedQuestions } from './questions.ts';
import { listFrameworks } from './registry.ts';

const largest = listFrameworks().sort((a, b) => locatedQuestions(b).length - locatedQuestions(a).length)[0]!;
const codes = locatedQuestions(largest).map(({ question }) => question.code);

describe('looking questions up by code', () => {
  it('finds the first question of each code', () => {
    for (const { question } of locatedQuestions(largest)) {
      expect(findQuestion(largest, question.code)).toBe(
        locatedQuestions(largest).find((entry) => entry.question.code === question.code)!.question,
      );
    }
    expect(findQuestion(largest, 'no-such-code')).toBeUndefined();
  });

  it('takes time in proportion to the lookups, not to the lookups times the questions', () => {
    const start = performance.now();
    for (let page = 0; page < 100; page += 1) {
      for (const code of codes) {
        findQuestion(largest, code);
        guidanceForQuestion(largest.id, code);
      }
    }
    // A hundred case forms' lookups: rebuilding the list each time took 1.9 s here (load ~7); from an index, ~0.3 s.
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
