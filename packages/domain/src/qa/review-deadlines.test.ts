import { describe, expect, it } from 'vitest';
import { REVIEW_DEADLINE_DEFAULTS, reviewDeadlinesSchema } from './review-deadlines.ts';

describe('review deadlines (decision, review-deadlines.ts)', () => {
  it('defaults to a reminder after two days and the lead inspector after three', () => {
    expect(reviewDeadlinesSchema.parse({})).toEqual(REVIEW_DEADLINE_DEFAULTS);
  });
  it('refuses a reminder that would come after the escalation, naming the field', () => {
    const parsed = reviewDeadlinesSchema.safeParse({ remindAfterMs: 5_000, escalateAfterMs: 4_000 });
    expect(parsed.error?.issues.map(({ path }) => path.join('.'))).toEqual(['remindAfterMs']);
  });
});
