// The review states of a case assessment, in one place (decision, docs/domain.md §6 step 4: "approve, or
// return with a reason; the inspector revises"; the seeds name no QA process).
//
//   draft ─submit→ submitted ─route: selected→ awaiting-qa ─start-review→ in-review ─approve→ approved
//   in-review ─release→ awaiting-qa (back in the queue; a case that came back from a return stays with its reviewer)
//                     └─route: not selected→ approved ("approved without review", recorded as such)
//   in-review ─return (reason)→ returned ─reopen→ revising ─submit→ awaiting-qa (back to the same reviewer)
//   approved ─correct (lead inspector, reason)→ revising
//
// Approved is final: only the lead inspector's correction, with a reason, moves it (reopening the case, whose
// resubmission is then reviewed), and only while the case's assessor still holds an assessor role on the
// team: only they revise it, so a case reopened without them would stay open and QA never end. Separation of
// duties: only team members holding the QA role review, never their own assessment, nor a blind review when
// they are its lead inspector; a returned case goes back to the reviewer who returned it unless the lead
// inspector reassigns it. A blind judgement counts only for the reviewer the case is with (blind-judgement.ts).
import {
  LEAD_INSPECTOR_ROLE,
  QA_REVIEWER_ROLE,
  SYSTEM,
  holdsAssessorRole,
  holdsRole,
  isPerson,
} from './mover.ts';
import type { Mover, TeamMember } from './mover.ts';
import type { QaSelection } from './qa-selection.ts';
import { illegalMove } from './moves-from.ts';
import type { MovesFrom } from './moves-from.ts';
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import type { ReviewMove, ReviewMoveType } from './review-moves.ts';

export const REVIEW_STATES = [
  'draft',
  'submitted',
  'awaiting-qa',
  'in-review',
  'returned',
  'revising',
  'approved',
] as const;

export type ReviewState = (typeof REVIEW_STATES)[number];

export interface CaseReview {
  state: ReviewState;
  assessorId: string;
  /** The QA reviewer the case is with. Kept after a return, so the resubmission goes back to them. */
  reviewerId: string | null;
  /** 1 for the first submission; a return or a correction opens the next. */
  round: number;
  /** How the case was last approved; null while it is not approved. */
  approval: 'reviewed' | 'without-review' | null;
  /** The QA selection made on the first submission (qa-selection.ts), with its reason and whether blind. */
  selection: QaSelection | null;
}

export const REVIEW_REFUSALS = [
  'illegal-move',
  'system-only',
  'not-the-assessor',
  'not-a-qa-reviewer',
  'own-assessment',
  'not-the-assigned-reviewer',
  'not-the-lead',
  'lead-not-blind',
  'reason-required',
  'empty-comment',
  'assessor-off-team',
] as const;

export type ReviewRefusal = (typeof REVIEW_REFUSALS)[number];

export type ReviewOutcome = { ok: true; review: CaseReview } | Refusal<ReviewRefusal>;

export const REVIEW_MOVES_FROM: MovesFrom<ReviewMoveType, ReviewState> = {
  submit: ['draft', 'revising'],
  route: ['submitted'],
  'start-review': ['awaiting-qa'],
  release: ['in-review'],
  approve: ['in-review'],
  return: ['in-review'],
  reopen: ['returned'],
  'reassign-reviewer': ['awaiting-qa', 'in-review', 'returned', 'revising'],
  correct: ['approved'],
};

/**
 * Judgements that currently stand as submitted, for live ratings: not while the assessor is still writing or
 * revising, nor once returned (the reviewer found them wanting and they are about to change).
 */
export function judgementsStand(state: ReviewState): boolean {
  return state === 'submitted' || state === 'awaiting-qa' || state === 'in-review' || state === 'approved';
}

export function newCaseReview(assessorId: string): CaseReview {
  return { state: 'draft', assessorId, reviewerId: null, round: 1, approval: null, selection: null };
}

const hasText = (text: string) => text.trim() !== '';

/**
 * Decision (docs/domain.md §6 step 4): a blind reviewer judges before seeing the assessor's answers, and the
 * lead inspector sees every assessment; a lead who also holds the QA role never takes a blind review, or
 * the agreement figures would count a judgement made with the answers in view.
 */
export const leadTakesBlind = (review: CaseReview, reviewer: TeamMember) =>
  review.selection?.selected === true && review.selection.blind && holdsRole(reviewer, LEAD_INSPECTOR_ROLE);
const LEAD_NOT_BLIND = refuse(
  'lead-not-blind',
  'the lead inspector reads every assessment, so never takes a blind review',
);

/** Who may make the move, and whether what it carries is complete; null when it may go ahead. */
function refusal(review: CaseReview, move: ReviewMove, actor: Mover): Refusal<ReviewRefusal> | null {
  switch (move.type) {
    case 'submit':
    case 'reopen':
      return isPerson(actor, review.assessorId)
        ? null
        : refuse('not-the-assessor', 'only the case assessment’s assessor can do this');
    case 'route':
      return actor === SYSTEM
        ? null
        : refuse('system-only', 'the platform routes a submission, not a person');
    case 'start-review':
    case 'release':
    case 'approve':
    case 'return': {
      if (!holdsRole(actor, QA_REVIEWER_ROLE))
        return refuse('not-a-qa-reviewer', 'only a team member with the QA role reviews');
      if (actor.userId === review.assessorId)
        return refuse('own-assessment', 'a reviewer never reviews their own assessment');
      if (move.type === 'start-review' && leadTakesBlind(review, actor)) return LEAD_NOT_BLIND;
      const assigned = move.type === 'start-review' ? (review.reviewerId ?? actor.userId) : review.reviewerId;
      if (actor.userId !== assigned)
        return refuse('not-the-assigned-reviewer', 'the case is with another reviewer');
      if (move.type !== 'return') return null;
      if (!hasText(move.reason)) return refuse('reason-required', 'a return needs a written reason');
      return Object.values(move.comments).every(hasText)
        ? null
        : refuse('empty-comment', 'a comment on a question cannot be empty');
    }
    case 'reassign-reviewer':
      if (!holdsRole(actor, LEAD_INSPECTOR_ROLE))
        return refuse('not-the-lead', 'only the lead inspector reassigns a review');
      if (!holdsRole(move.reviewer, QA_REVIEWER_ROLE))
        return refuse('not-a-qa-reviewer', 'the new reviewer must be a team member with the QA role');
      if (move.reviewer.userId === review.assessorId)
        return refuse('own-assessment', 'a reviewer never reviews their own assessment');
      return leadTakesBlind(review, move.reviewer) ? LEAD_NOT_BLIND : null;
    case 'correct':
      if (!holdsRole(actor, LEAD_INSPECTOR_ROLE))
        return refuse('not-the-lead', 'only the lead inspector corrects an approved case');
      if (!hasText(move.reason)) return refuse('reason-required', 'a correction needs a recorded reason');
      return isPerson(move.assessor, review.assessorId) && holdsAssessorRole(move.assessor)
        ? null
        : refuse(
            'assessor-off-team',
            'the case’s assessor no longer holds an assessor role on the team, and only they revise it',
          );
  }
}

function next(review: CaseReview, move: ReviewMove, actorId: string | null): CaseReview {
  switch (move.type) {
    case 'submit':
      // A resubmission goes straight back to QA: the case was already chosen, or is being corrected.
      return { ...review, state: review.state === 'draft' ? 'submitted' : 'awaiting-qa' };
    case 'route':
      return move.selection.selected
        ? { ...review, state: 'awaiting-qa', selection: move.selection }
        : { ...review, state: 'approved', approval: 'without-review', selection: move.selection };
    case 'start-review':
      return { ...review, state: 'in-review', reviewerId: actorId };
    case 'release':
      // Decision: a resubmission is the returning reviewer's until the lead inspector reassigns it, so giving
      // it back to the queue keeps it theirs; a first review goes to whichever reviewer claims it next.
      return { ...review, state: 'awaiting-qa', reviewerId: review.round > 1 ? review.reviewerId : null };
    case 'approve':
      return { ...review, state: 'approved', approval: 'reviewed' };
    case 'return':
      return { ...review, state: 'returned' };
    case 'reopen':
      return { ...review, state: 'revising', round: review.round + 1 };
    case 'reassign-reviewer':
      // A review under way starts again with the new reviewer.
      return {
        ...review,
        state: review.state === 'in-review' ? 'awaiting-qa' : review.state,
        reviewerId: move.reviewer.userId,
      };
    case 'correct':
      return { ...review, state: 'revising', round: review.round + 1, approval: null };
  }
}

/**
 * Pure: returns the next review, or a refusal with a reason code, leaving the given one unchanged. `move` is
 * expected to have passed reviewMoveSchema. The return's reason and comments, and a correction's reason, are
 * checked here and recorded by the caller with the move.
 */
export function moveReview(review: CaseReview, move: ReviewMove, actor: Mover): ReviewOutcome {
  const actorId = actor === SYSTEM ? null : actor.userId;
  return (
    illegalMove(REVIEW_MOVES_FROM, move.type, review.state, 'case') ??
    refusal(review, move, actor) ?? { ok: true, review: next(review, move, actorId) }
  );
}
