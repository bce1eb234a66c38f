import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../../qa/review-states.ts';
import { keyQuestionStanding } from './band-distance.ts';
import { liveStandings } from './live-standings.ts';
import type { LiveCase } from './live-standings.ts';

function courtCase(id: string, reviewState: ReviewState, desistance: boolean | null): LiveCase {
  return { id, type: 'court', reviewState, judgements: { '2.1.1': desistance } };
}

describe('liveStandings (docs/domain.md §6 steps 3–5)', () => {
  const cases = [
    courtCase('C1', 'approved', true),
    courtCase('C2', 'approved', false),
    courtCase('C3', 'in-review', true),
    courtCase('C4', 'awaiting-qa', true),
    courtCase('C5', 'submitted', false),
    courtCase('C6', 'returned', false),
    courtCase('C7', 'revising', false),
    courtCase('C8', 'draft', false),
    courtCase('C9', 'approved', null),
  ];

  it('counts judgements standing as submitted, and approved ones apart', () => {
    const standings = liveStandings(cases);
    const assessmentDesistance = (list: typeof standings.submitted) => list.find(({ id }) => id === '2.1.1');
    // 3 of 5 yes, and its distance to the next bands as keyQuestionStanding gives it (tested there).
    expect(assessmentDesistance(standings.submitted)).toEqual(
      keyQuestionStanding({ id: '2.1.1', yes: 3, applicable: 5, percent: 60, band: 'Requires improvement' }),
    );
    expect(assessmentDesistance(standings.approved)).toMatchObject({
      yes: 1,
      applicable: 2,
      band: 'Requires improvement',
    });
  });

  it('lists every case-based key question of the framework, in order, rated or not', () => {
    const { submitted } = liveStandings(cases);
    expect(submitted).toHaveLength(21);
    expect(submitted.slice(0, 4).map(({ id }) => id)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.2.1']);
    expect(submitted[1]).toMatchObject({ applicable: 0, band: null, toRise: null, toFall: null });
  });
});
