import { describe, expect, it } from 'vitest';
import { SYSTEM } from './mover.ts';
import type { Mover, TeamMember } from './mover.ts';
import { reviewMoveSchema } from './review-moves.ts';
import type { ReviewMove } from './review-moves.ts';
import { moveReview, newCaseReview } from './review-states.ts';
import type { CaseReview } from './review-states.ts';

const assessor: TeamMember = { userId: 'inspector-1', teamRoles: ['inspector'] };
const reviewer: TeamMember = { userId: 'qa-1', teamRoles: ['qa-reviewer'] };
const otherReviewer: TeamMember = { userId: 'qa-2', teamRoles: ['qa-reviewer'] };
const lead: TeamMember = { userId: 'lead-1', teamRoles: ['lead-inspector'] };
/** An assessor who also holds the QA role on the team. */
const assessorWithQaRole: TeamMember = { userId: 'inspector-1', teamRoles: ['inspector', 'qa-reviewer'] };

const selected = {
  type: 'route',
  selection: { selected: true, reason: 'seeded-draw', blind: false },
} as const;
const notSelected = { type: 'route', selection: { selected: false, reason: 'not-drawn' } } as const;
const returned = {
  type: 'return',
  reason: 'A2S: the risk to others is not addressed',
  comments: {},
} as const;

type Step = [ReviewMove, Mover];
const submit: Step = [{ type: 'submit' }, assessor];
const toQa: Step = [selected, SYSTEM];
const toNoReview: Step = [notSelected, SYSTEM];
const start: Step = [{ type: 'start-review' }, reviewer];
const approve: Step = [{ type: 'approve' }, reviewer];
const giveBack: Step = [returned, reviewer];
const reopen: Step = [{ type: 'reopen' }, assessor];
/** The lead's correction, the case's assessor as the team holds them now (by default, still an inspector). */
const correction = (reason: string, assessorNow: TeamMember = assessor): ReviewMove => ({
  type: 'correct',
  reason,
  assessor: assessorNow,
});

/** Applies the moves in turn, failing the test on the first refusal. */
function run(...steps: Step[]): CaseReview {
  return steps.reduce((review, [move, actor]) => {
    const outcome = moveReview(review, move, actor);
    if (!outcome.ok) throw new Error(`${move.type} refused: ${outcome.error.code}`);
    return outcome.review;
  }, newCaseReview(assessor.userId));
}

function refusalOf(review: CaseReview, move: ReviewMove, actor: Mover) {
  const outcome = moveReview(review, move, actor);
  return outcome.ok ? 'accepted' : outcome.error.code;
}

const submitted = (): CaseReview => run(submit);
const awaiting = (): CaseReview => run(submit, toQa);
const inReview = (): CaseReview => run(submit, toQa, start);
const approvedAfterReview = (): CaseReview => run(submit, toQa, start, approve);

describe('review states (decision: docs/domain.md §6 step 4)', () => {
  it('submitted → awaiting QA → in review → approved, recording the selection and the reviewer', () => {
    expect(approvedAfterReview()).toEqual({
      state: 'approved',
      assessorId: 'inspector-1',
      reviewerId: 'qa-1',
      round: 1,
      approval: 'reviewed',
      selection: selected.selection,
    });
  });

  it('approves a case outside the QA sample on submission, recorded as approved without review', () => {
    expect(run(submit, toNoReview)).toMatchObject({
      state: 'approved',
      approval: 'without-review',
      reviewerId: null,
      selection: { selected: false, reason: 'not-drawn' },
    });
  });

  it('returns with a reason; the assessor reopens, revises and resubmits, and it goes back to the same reviewer', () => {
    const resubmitted = run(submit, toQa, start, giveBack, reopen, submit);
    expect(resubmitted).toMatchObject({ state: 'awaiting-qa', reviewerId: 'qa-1', round: 2 });
    expect(refusalOf(resubmitted, { type: 'start-review' }, otherReviewer)).toBe('not-the-assigned-reviewer');
    expect(moveReview(resubmitted, { type: 'start-review' }, reviewer)).toMatchObject({
      ok: true,
      review: { state: 'in-review', reviewerId: 'qa-1' },
    });
  });

  it('lets the lead inspector give a returned case to another reviewer', () => {
    const reassigned = run(
      submit,
      toQa,
      start,
      giveBack,
      [{ type: 'reassign-reviewer', reviewer: otherReviewer }, lead],
      reopen,
      submit,
      [{ type: 'start-review' }, otherReviewer],
    );
    expect(reassigned).toMatchObject({ state: 'in-review', reviewerId: 'qa-2' });
  });

  it('lets the reviewer release a first review to anyone, and a resubmission back to the queue as still theirs', () => {
    expect(refusalOf(inReview(), { type: 'release' }, otherReviewer)).toBe('not-the-assigned-reviewer');
    expect(refusalOf(inReview(), { type: 'release' }, assessorWithQaRole)).toBe('own-assessment');
    const released = moveReview(inReview(), { type: 'release' }, reviewer);
    expect(released).toMatchObject({ ok: true, review: { state: 'awaiting-qa', reviewerId: null } });
    const resubmitted = run(submit, toQa, start, giveBack, reopen, submit, start);
    const releasedAgain = moveReview(resubmitted, { type: 'release' }, reviewer);
    expect(releasedAgain).toMatchObject({ ok: true, review: { state: 'awaiting-qa', reviewerId: 'qa-1' } });
    if (releasedAgain.ok)
      expect(refusalOf(releasedAgain.review, { type: 'start-review' }, otherReviewer)).toBe(
        'not-the-assigned-reviewer',
      );
  });

  it('sends a review under way back to waiting when the lead inspector reassigns it', () => {
    const outcome = moveReview(inReview(), { type: 'reassign-reviewer', reviewer: otherReviewer }, lead);
    expect(outcome).toMatchObject({ ok: true, review: { state: 'awaiting-qa', reviewerId: 'qa-2' } });
  });

  it('reopens an approved case only by the lead inspector’s correction, with a reason, and reviews it again', () => {
    const approved = approvedAfterReview();
    for (const move of [{ type: 'submit' }, { type: 'approve' }, { type: 'reopen' }, returned] as const) {
      for (const actor of [assessor, reviewer, lead])
        expect(refusalOf(approved, move, actor)).toBe('illegal-move');
    }
    expect(refusalOf(approved, correction('x'), reviewer)).toBe('not-the-lead');
    expect(refusalOf(approved, correction('  '), lead)).toBe('reason-required');
    const corrected = moveReview(approved, correction('the wrong case file was read'), lead);
    expect(corrected).toMatchObject({ ok: true, review: { state: 'revising', round: 2, approval: null } });
    if (!corrected.ok) return;
    const again = moveReview(corrected.review, { type: 'submit' }, assessor);
    expect(again).toMatchObject({ ok: true, review: { state: 'awaiting-qa', reviewerId: 'qa-1' } });
  });

  it('refuses a correction once the case’s assessor holds no assessor role on the team: nobody could revise it', () => {
    const approved = approvedAfterReview();
    const offTeam = { userId: assessor.userId, teamRoles: [] };
    expect(moveReview(approved, correction('a key question was missed', offTeam), lead)).toEqual({
      ok: false,
      error: {
        code: 'assessor-off-team',
        message: 'the case’s assessor no longer holds an assessor role on the team, and only they revise it',
      },
    });
    const nowReviewing = { userId: assessor.userId, teamRoles: ['qa-reviewer'] };
    expect(refusalOf(approved, correction('x', nowReviewing), lead)).toBe('assessor-off-team');
    // The member named must be the case's own assessor, not another assessor on the team.
    const another = { userId: 'inspector-2', teamRoles: ['inspector'] };
    expect(refusalOf(approved, correction('x', another), lead)).toBe('assessor-off-team');
    const asLocal = { userId: assessor.userId, teamRoles: ['local-assessor'] };
    expect(refusalOf(approved, correction('x', asLocal), lead)).toBe('accepted');
  });

  it('sends a case approved without review to QA when a correction is resubmitted', () => {
    const corrected = run(submit, toNoReview, [correction('a key question was missed'), lead], submit);
    expect(corrected).toMatchObject({ state: 'awaiting-qa', reviewerId: null, round: 2 });
  });

  describe('refuses', () => {
    it('a move the state does not allow, naming both', () => {
      expect(moveReview(newCaseReview(assessor.userId), { type: 'approve' }, reviewer)).toEqual({
        ok: false,
        error: { code: 'illegal-move', message: 'approve is not possible while the case is draft' },
      });
      expect(refusalOf(submitted(), ...submit)).toBe('illegal-move');
      expect(refusalOf(inReview(), ...toQa)).toBe('illegal-move');
    });

    it('a submission or reopening by anyone but the assessor', () => {
      expect(refusalOf(newCaseReview(assessor.userId), { type: 'submit' }, lead)).toBe('not-the-assessor');
      expect(refusalOf(newCaseReview(assessor.userId), { type: 'submit' }, SYSTEM)).toBe('not-the-assessor');
    });

    it('routing by a person', () => {
      expect(refusalOf(submitted(), notSelected, lead)).toBe('system-only');
    });

    it('a review by someone without the QA role on the team', () => {
      expect(refusalOf(awaiting(), { type: 'start-review' }, lead)).toBe('not-a-qa-reviewer');
      expect(refusalOf(awaiting(), { type: 'start-review' }, { userId: 'qa-1', teamRoles: [] })).toBe(
        'not-a-qa-reviewer',
      );
      expect(refusalOf(awaiting(), { type: 'start-review' }, SYSTEM)).toBe('not-a-qa-reviewer');
    });

    it('a reviewer reviewing their own assessment', () => {
      expect(refusalOf(awaiting(), { type: 'start-review' }, assessorWithQaRole)).toBe('own-assessment');
      expect(refusalOf(awaiting(), { type: 'reassign-reviewer', reviewer: assessorWithQaRole }, lead)).toBe(
        'own-assessment',
      );
    });

    it('a blind review taken by its lead inspector, who reads every assessment', () => {
      const leadWithQaRole: TeamMember = { userId: 'lead-1', teamRoles: ['lead-inspector', 'qa-reviewer'] };
      const blind = run(submit, [{ ...selected, selection: { ...selected.selection, blind: true } }, SYSTEM]);
      expect(refusalOf(blind, { type: 'start-review' }, leadWithQaRole)).toBe('lead-not-blind');
      expect(refusalOf(blind, { type: 'reassign-reviewer', reviewer: leadWithQaRole }, lead)).toBe(
        'lead-not-blind',
      );
      expect(refusalOf(blind, { type: 'start-review' }, reviewer)).toBe('accepted');
      expect(refusalOf(awaiting(), { type: 'start-review' }, leadWithQaRole)).toBe('accepted');
    });

    it('approving or returning a case in another reviewer’s hands', () => {
      expect(refusalOf(inReview(), { type: 'approve' }, otherReviewer)).toBe('not-the-assigned-reviewer');
      expect(refusalOf(inReview(), returned, otherReviewer)).toBe('not-the-assigned-reviewer');
    });

    it('a return without a written reason, or with an empty comment', () => {
      expect(refusalOf(inReview(), { ...returned, reason: ' \n ' }, reviewer)).toBe('reason-required');
      expect(
        refusalOf(inReview(), { ...returned, comments: { 'A1.2': 'unclear', A1S: ' ' } }, reviewer),
      ).toBe('empty-comment');
      expect(refusalOf(inReview(), { ...returned, comments: { 'A1.2': 'unclear' } }, reviewer)).toBe(
        'accepted',
      );
    });

    it('a reassignment by anyone but the lead inspector, or to someone without the QA role', () => {
      expect(refusalOf(inReview(), { type: 'reassign-reviewer', reviewer: otherReviewer }, reviewer)).toBe(
        'not-the-lead',
      );
      expect(refusalOf(inReview(), { type: 'reassign-reviewer', reviewer: lead }, lead)).toBe(
        'not-a-qa-reviewer',
      );
    });
  });
});

describe('reviewMoveSchema', () => {
  it('defaults a return’s comments and refuses unknown fields and moves', () => {
    expect(reviewMoveSchema.parse({ type: 'return', reason: 'r' })).toEqual({
      type: 'return',
      reason: 'r',
      comments: {},
    });
    expect(reviewMoveSchema.safeParse({ type: 'approve', extra: 1 }).success).toBe(false);
    expect(reviewMoveSchema.safeParse({ type: 'publish' }).success).toBe(false);
    expect(
      reviewMoveSchema.safeParse({ type: 'return', reason: 'r', comments: { 'not a code': 'x' } }).success,
    ).toBe(false);
  });
});
