// Properties the review states keep under any sequence of moves by anyone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QA_REVIEWER_ROLE, SYSTEM } from './mover.ts';
import type { Mover, TeamMember } from './mover.ts';
import type { ReviewMove } from './review-moves.ts';
import { moveReview, newCaseReview } from './review-states.ts';
import type { CaseReview } from './review-states.ts';

const ASSESSOR_ID = 'inspector-1';
const people: TeamMember[] = [
  { userId: ASSESSOR_ID, teamRoles: ['inspector'] },
  { userId: ASSESSOR_ID, teamRoles: ['inspector', 'qa-reviewer'] },
  { userId: 'qa-1', teamRoles: ['qa-reviewer'] },
  { userId: 'qa-2', teamRoles: ['qa-reviewer'] },
  { userId: 'lead-1', teamRoles: ['lead-inspector'] },
  { userId: 'lead-1', teamRoles: ['lead-inspector', 'qa-reviewer'] },
  { userId: 'outsider', teamRoles: [] },
];
const actor: fc.Arbitrary<Mover> = fc.constantFrom<Mover>(SYSTEM, ...people);
// A text no refusal message may repeat (hostile input is never echoed).
const SENT = 'ZQX-sent-text';
const reason = fc.oneof({ arbitrary: fc.constant(SENT), weight: 4 }, fc.constant(''), fc.constant('  '));

const move: fc.Arbitrary<ReviewMove> = fc.oneof(
  fc.constant<ReviewMove>({ type: 'submit' }),
  fc.boolean().map((selected): ReviewMove => ({
    type: 'route',
    selection: selected
      ? { selected, reason: 'seeded-draw', blind: false }
      : { selected, reason: 'not-drawn' },
  })),
  fc.constant<ReviewMove>({ type: 'start-review' }),
  fc.constant<ReviewMove>({ type: 'release' }),
  fc.constant<ReviewMove>({ type: 'approve' }),
  fc
    .tuple(reason, fc.dictionary(fc.constantFrom('A1.1', 'A1S'), reason))
    .map(([text, comments]): ReviewMove => ({ type: 'return', reason: text, comments })),
  fc.constant<ReviewMove>({ type: 'reopen' }),
  fc.constantFrom(...people).map((reviewer): ReviewMove => ({ type: 'reassign-reviewer', reviewer })),
  fc
    .tuple(reason, fc.constantFrom(...people))
    .map(([text, assessorNow]): ReviewMove => ({ type: 'correct', reason: text, assessor: assessorNow })),
);

const reviewers = fc.constantFrom(people[2] as TeamMember, people[3] as TeamMember);
const assessor = people[0] as TeamMember;
const lead = people[4] as TeamMember;
/** Each move by the one who usually makes it, so sequences often reach the later states. */
const likelyStep: fc.Arbitrary<[ReviewMove, Mover]> = move.chain((candidate) => {
  switch (candidate.type) {
    case 'submit':
    case 'reopen':
      return fc.constant<[ReviewMove, Mover]>([candidate, assessor]);
    case 'route':
      return fc.constant<[ReviewMove, Mover]>([candidate, SYSTEM]);
    case 'reassign-reviewer':
    case 'correct':
      return fc.constant<[ReviewMove, Mover]>([candidate, lead]);
    default:
      return reviewers.map((by): [ReviewMove, Mover] => [candidate, by]);
  }
});
const steps = fc.array(
  fc.oneof({ arbitrary: fc.tuple(move, actor), weight: 1 }, { arbitrary: likelyStep, weight: 8 }),
  { minLength: 1, maxLength: 120, size: 'large' },
);

interface Step {
  before: CaseReview;
  move: ReviewMove;
  actor: Mover;
  after: CaseReview;
}

/** The accepted steps of a sequence, from a fresh draft. */
function accepted(sequence: readonly [ReviewMove, Mover][]): Step[] {
  const taken: Step[] = [];
  let review = newCaseReview(ASSESSOR_ID);
  for (const [candidate, by] of sequence) {
    const outcome = moveReview(review, candidate, by);
    if (!outcome.ok) {
      expect(outcome.error.message).not.toContain(SENT);
      continue;
    }
    taken.push({ before: review, move: candidate, actor: by, after: outcome.review });
    review = outcome.review;
  }
  return taken;
}

const reviewerMoves = new Set(['start-review', 'release', 'approve', 'return']);

describe('review state properties', () => {
  it('the generated sequences reach every state and both kinds of approval, so the properties below bite', () => {
    const reached = new Set<string>();
    for (const sequence of fc.sample(steps, { numRuns: 300, seed: 1 })) {
      for (const { after } of accepted(sequence))
        reached.add(`${after.state} ${after.approval ?? ''}`.trim());
    }
    expect([...reached].sort()).toEqual([
      'approved reviewed',
      'approved without-review',
      'awaiting-qa',
      'in-review',
      'returned',
      'revising',
      'submitted',
    ]);
  });

  it('a case reaches approved only from review by a QA reviewer, or by the no-review route', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        for (const { before, move: taken, actor: by, after } of accepted(sequence)) {
          if (after.state !== 'approved' || before.state === 'approved') continue;
          if (taken.type === 'approve') {
            expect(before.state).toBe('in-review');
            expect(after.approval).toBe('reviewed');
            expect(by !== SYSTEM && by.userId === before.reviewerId && by.userId !== ASSESSOR_ID).toBe(true);
          } else {
            expect(taken.type === 'route' && !taken.selection.selected).toBe(true);
            expect(before.state).toBe('submitted');
            expect(after.approval).toBe('without-review');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an approved case changes only by the lead inspector’s correction with a reason, its assessor on the team', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        for (const { before, move: taken, actor: by } of accepted(sequence)) {
          if (before.state !== 'approved') continue;
          if (taken.type !== 'correct') expect.fail(`${taken.type} moved an approved case`);
          expect(by !== SYSTEM && by.teamRoles.includes('lead-inspector')).toBe(true);
          expect(taken.reason.trim()).not.toBe('');
          expect(taken.assessor.userId).toBe(before.assessorId);
          expect(taken.assessor.teamRoles).toContain('inspector');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('only QA reviewers review, never their own assessment; a returned case stays with its reviewer', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        let returnedBy: string | null = null;
        for (const { move: taken, actor: by } of accepted(sequence)) {
          if (taken.type === 'reassign-reviewer') returnedBy = null;
          if (!reviewerMoves.has(taken.type)) continue;
          expect(by !== SYSTEM && by.teamRoles.includes(QA_REVIEWER_ROLE)).toBe(true);
          const reviewerId = (by as TeamMember).userId;
          expect(reviewerId).not.toBe(ASSESSOR_ID);
          if (taken.type === 'start-review' && returnedBy !== null) expect(reviewerId).toBe(returnedBy);
          if (taken.type === 'return') returnedBy = reviewerId;
        }
      }),
      { numRuns: 300 },
    );
  });
});
