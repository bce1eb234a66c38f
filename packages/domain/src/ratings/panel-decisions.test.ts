// The panel's decision per standard: what a confirmation and a move must carry, and which standards must be
// decided before approval (004 ¶3.28, ¶3.31).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, ratingRank } from './rating.ts';
import type { Rating } from './rating.ts';
import type { StandardResult } from './ratings-result.ts';
import {
  adjustmentsOf,
  awaitsProposal,
  needsExplicitDecision,
  newPanelDecisionProblems,
  panelDecisionProblems,
  undecidedStandards,
} from './panel-decisions.ts';
import type { PanelDecision } from './panel-decisions.ts';
import { computeRatings } from './compute-ratings.ts';

const standard = (rating: Rating | null, smallSample = false): StandardResult => ({
  id: '2.1',
  kind: 'case-based',
  rating,
  smallSample,
  drivenBy: rating ? '2.1.1' : null,
  keyQuestions: [],
});

/** A move with a rationale, on standard 2.1 unless told; without the rating it was taken from (`decidedFrom`). */
const moveTo = (decision: 'up' | 'down', to: Rating, standardId = '2.1'): PanelDecision => ({
  standardId,
  decision,
  to,
  rationale: 'r',
});

describe('panelDecisionProblems', () => {
  it('lets a plain confirmation stand without a rationale', () => {
    expect(panelDecisionProblems(standard('Good'), { standardId: '2.1', decision: 'confirm' })).toEqual([]);
  });

  it('lets a confirmation stand only while the rating is the one it confirmed', () => {
    const confirmation = { standardId: '2.1', decision: 'confirm', decidedFrom: 'Good' } as const;
    expect(panelDecisionProblems(standard('Good'), confirmation)).toEqual([]);
    expect(panelDecisionProblems(standard('Outstanding'), confirmation)).toEqual([
      'the panel confirmed Good, and the rating is now Outstanding',
    ]);
    expect(panelDecisionProblems(standard(null), { ...confirmation, rationale: 'seen' })).toEqual([
      'there is no rating to confirm: the panel decides one (up or down)',
    ]);
  });

  it('lets a move stand only while the rating is the one it moved from', () => {
    const move = { ...moveTo('down', 'Requires improvement'), decidedFrom: 'Good' } as const;
    expect(panelDecisionProblems(standard('Good'), move)).toEqual([]);
    // Still down from Outstanding, but the rationale was written about Good.
    expect(panelDecisionProblems(standard('Outstanding'), move)).toEqual([
      'the panel moved down from Good, and the rating is now Outstanding',
    ]);
    expect(panelDecisionProblems(standard(null), move)).toEqual([
      'the panel moved down from Good, and the rating is now none',
    ]);
  });

  it('holds a move stored without its starting rating to its direction alone', () => {
    const move = moveTo('down', 'Requires improvement');
    expect(panelDecisionProblems(standard('Good'), move)).toEqual([]);
    expect(panelDecisionProblems(standard('Outstanding'), move)).toEqual([]);
    expect(panelDecisionProblems(standard('Inadequate'), move)).toEqual([
      '"down" must move to a lower rating',
    ]);
  });

  it('asks for a rationale when the rating rests on a small sample, even to confirm', () => {
    expect(panelDecisionProblems(standard('Good', true), { standardId: '2.1', decision: 'confirm' })).toEqual(
      ['a rationale is required: the evidence the decision rests on'],
    );
  });

  it('refuses to confirm a standard without a rating', () => {
    expect(
      panelDecisionProblems(standard(null), { standardId: '2.1', decision: 'confirm', rationale: 'seen' }),
    ).toEqual(['there is no rating to confirm: the panel decides one (up or down)']);
  });

  it('lets the panel decide an unrated standard with a rating and a rationale', () => {
    expect(panelDecisionProblems(standard(null), moveTo('up', 'Good'))).toEqual([]);
  });

  it('holds a move to its direction and to a rationale, for every pair of ratings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATINGS),
        fc.constantFrom(...RATINGS),
        fc.constantFrom('up' as const, 'down' as const),
        fc.string(),
        (from, to, decision, rationale) => {
          const problems = panelDecisionProblems(standard(from), {
            standardId: '2.1',
            decision,
            to,
            rationale,
          });
          const rightWay =
            decision === 'up' ? ratingRank(to) > ratingRank(from) : ratingRank(to) < ratingRank(from);
          expect(problems.length === 0).toBe(rightWay && rationale.trim() !== '');
        },
      ),
    );
  });
});

describe('a qualitative standard the lead inspector has not proposed (004 ¶3.22)', () => {
  const unproposed: StandardResult = { ...standard(null), id: '1.2', kind: 'qualitative', drivenBy: null };
  const waiting = "standard 1.2 is awaiting the lead inspector's proposal: the panel verifies it once made";

  it('waits for the proposal: the panel records no decision on it, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('confirm' as const, 'up' as const, 'down' as const),
        fc.option(fc.constantFrom(...RATINGS), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (decision, to, rationale) => {
          const problems = newPanelDecisionProblems(unproposed, {
            standardId: '1.2',
            decision,
            ...(to === undefined ? {} : { to }),
            ...(rationale === undefined ? {} : { rationale }),
          });
          expect(problems).toEqual([waiting]);
        },
      ),
    );
  });

  it('is not put to the panel, yet holds the approval back until it is proposed', () => {
    expect(awaitsProposal(unproposed)).toBe(true);
    expect(needsExplicitDecision(unproposed)).toBe(false);
    const result = computeRatings({ cases: [], qualitative: { '1.1': 'Good' } });
    expect(undecidedStandards(result, new Set())).toEqual(
      expect.arrayContaining(['1.2', '1.3', '1.4', '3.4']),
    );
    expect(undecidedStandards(result, new Set())).not.toContain('1.1');
  });

  it('keeps a decision stored on it before the rule, so a set approved on one keeps its ratings', () => {
    const stored = { standardId: '1.2', decision: 'up' as const, to: 'Good' as const, rationale: 'seen' };
    expect(panelDecisionProblems(unproposed, stored)).toEqual([]);
    expect(newPanelDecisionProblems(unproposed, stored)).toEqual([waiting]);
    const result = computeRatings({ cases: [], qualitative: { '1.1': 'Good' } });
    expect(undecidedStandards(result, new Set(['1.2']))).not.toContain('1.2');
  });

  it("once proposed, is the panel's to verify like any rating", () => {
    const proposed: StandardResult = { ...unproposed, rating: 'Good' };
    expect(awaitsProposal(proposed)).toBe(false);
    expect(panelDecisionProblems(proposed, { standardId: '1.2', decision: 'confirm' })).toEqual([]);
    expect(panelDecisionProblems(proposed, moveTo('up', 'Outstanding', '1.2'))).toEqual([]);
  });

  it('differs from a case-based standard with no applicable case, which the panel decides', () => {
    expect(awaitsProposal(standard(null))).toBe(false);
    expect(needsExplicitDecision(standard(null))).toBe(true);
  });
});

describe('undecidedStandards', () => {
  it('lists the flagged and unrated standards without a decision, and those awaiting a proposal', () => {
    const result = computeRatings({
      cases: [{ id: 'c1', type: 'court', judgements: { '2.1.1': true, '2.1.2': true, '2.1.3': true } }],
      qualitative: { '1.1': 'Good' },
    });
    const needing = result.standards.filter(needsExplicitDecision).map(({ id }) => id);
    expect(needing).toEqual(['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3']);
    const awaiting = result.standards.filter(awaitsProposal).map(({ id }) => id);
    expect(awaiting).toEqual(['1.2', '1.3', '1.4', '3.4']);
    expect(undecidedStandards(result, new Set(['2.1', '1.3']))).toEqual(
      [...awaiting, ...needing].filter((id) => id !== '2.1' && id !== '1.3').sort(),
    );
  });
});

describe('adjustmentsOf', () => {
  it('turns moves into adjustments and leaves confirmations out', () => {
    expect(
      adjustmentsOf([
        { standardId: '1.1', decision: 'confirm' },
        { standardId: '2.1', decision: 'down', to: 'Inadequate', rationale: 'r' },
      ]),
    ).toEqual([{ standardId: '2.1', to: 'Inadequate', rationale: 'r' }]);
  });
});
