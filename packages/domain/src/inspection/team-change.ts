// Changing an inspection's team must not orphan work (decision, docs/domain.md decisions table: "team
// changes"). A member whose last assessor role goes while a case of theirs is still open, or whose QA role
// goes while a review is with them, blocks the change: the lead reassigns the work first, then changes the
// team. The change is refused as a whole, naming every blocking item, rather than reassigning silently:
// who takes a case is the lead's choice (conflicts, capacity), and nothing changes on a refusal.
import { ASSESSOR_ROLES, QA_REVIEWER_ROLE as QA_ROLE } from '../qa/mover.ts';
import type { ReviewState } from '../qa/review-states.ts';

const PANEL_CHAIR_ROLE = 'panel-chair';

/**
 * A case still with its assessor: being assessed or revised, or submitted and not yet approved by QA (a
 * return goes back to the assessor who wrote it).
 */
const OPEN_TASK_STATES: readonly string[] = ['assigned', 'in-progress', 'revising'];
const REVIEWS_BACK_TO_ASSESSOR: readonly ReviewState[] = [
  'submitted',
  'awaiting-qa',
  'in-review',
  'returned',
  'revising',
];
/**
 * A review with its reviewer: claimed, or returned and coming back to them (qa/review-states.ts: a returned
 * case goes back to the reviewer who returned it). A case merely waiting in the queue belongs to nobody.
 */
const REVIEWS_WITH_REVIEWER: readonly ReviewState[] = ['in-review', 'returned', 'revising'];

export interface Membership {
  userId: string;
  role: string;
}

/** A case task and its review as the fieldwork service holds them. */
export interface HeldCase {
  caseRef: string;
  assigneeId: string | null;
  taskState: string;
  reviewerId: string | null;
  /** Null before the case's first submission. */
  reviewState: ReviewState | null;
}

export interface BlockingWork {
  userId: string;
  /** The role whose removal the work blocks. */
  role: 'assessor' | typeof QA_ROLE;
  caseRef: string;
  /** 'case': the case is with the person to assess or revise; 'review': its review is with them. */
  kind: 'case' | 'review';
  state: string;
}

const assessorHolds = (item: HeldCase) =>
  OPEN_TASK_STATES.includes(item.taskState) ||
  (item.taskState === 'submitted' &&
    item.reviewState !== null &&
    REVIEWS_BACK_TO_ASSESSOR.includes(item.reviewState));

const reviewerHolds = (item: HeldCase) =>
  item.reviewState !== null &&
  (REVIEWS_WITH_REVIEWER.includes(item.reviewState) ||
    (item.reviewState === 'awaiting-qa' && item.reviewerId !== null));

/**
 * The work that stops the team going from `current` to `wanted`: for each person who no longer holds any
 * assessor role, the cases still with them; for each who no longer holds the QA role, the reviews still with
 * them. Empty: the change orphans nothing. Sorted by person, then case.
 */
export function workBlockingTeamChange(
  current: readonly Membership[],
  wanted: readonly Membership[],
  cases: readonly HeldCase[],
): BlockingWork[] {
  const holds = (members: readonly Membership[], userId: string, roles: readonly string[]) =>
    members.some((member) => member.userId === userId && roles.includes(member.role));
  const losing = (roles: readonly string[]) =>
    new Set(
      current
        .filter((member) => roles.includes(member.role) && !holds(wanted, member.userId, roles))
        .map((member) => member.userId),
    );
  const assessorsLeaving = losing(ASSESSOR_ROLES);
  const reviewersLeaving = losing([QA_ROLE]);
  const blocking: BlockingWork[] = [];
  for (const item of cases) {
    if (item.assigneeId && assessorsLeaving.has(item.assigneeId) && assessorHolds(item))
      blocking.push({
        userId: item.assigneeId,
        role: 'assessor',
        caseRef: item.caseRef,
        kind: 'case',
        state: item.taskState === 'submitted' ? item.reviewState! : item.taskState,
      });
    if (item.reviewerId && reviewersLeaving.has(item.reviewerId) && reviewerHolds(item))
      blocking.push({
        userId: item.reviewerId,
        role: QA_ROLE,
        caseRef: item.caseRef,
        kind: 'review',
        state: item.reviewState!,
      });
  }
  const order = (item: BlockingWork) => `${item.userId}\u0000${item.caseRef}\u0000${item.kind}`;
  return blocking.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** The people whose roles a team change takes away, for asking who holds work (any role lost counts). */
export function membersLosingRoles(current: readonly Membership[], wanted: readonly Membership[]): string[] {
  const kept = new Set(wanted.map((member) => `${member.userId}:${member.role}`));
  return [
    ...new Set(current.filter((member) => !kept.has(`${member.userId}:${member.role}`)).map((m) => m.userId)),
  ].sort();
}

/**
 * Whether the change takes the panel-chair role from the last person who holds it. While the ratings panel
 * is open that leaves nobody who may approve the final ratings (DOMAIN "Ratings panel chair": the chair
 * approves; 004 ¶3.21–3.31), so the change is refused then; the lead names a new chair in the same change.
 */
export function leavesPanelWithoutChair(
  current: readonly Membership[],
  wanted: readonly Membership[],
): boolean {
  const chairs = (members: readonly Membership[]) =>
    members.some((member) => member.role === PANEL_CHAIR_ROLE);
  return chairs(current) && !chairs(wanted);
}
