// Whether a submitted case assessment goes to QA, and why (decision, docs/domain.md §6 step 4; the policy is
// in qa-policy.ts).
//
// Reproducible: the draw gives each case a lottery number from the inspection's recorded seed and the case
// reference alone, and the case is drawn when that number falls below its assessor's share (Bernoulli
// sampling). So the draw never depends on the order in which submissions arrive, on how many there will be,
// or on which other cases were drawn; the share is met on average, not to the case.
//
// "At least one per assessor" cannot wait for an assessor's last case: it may never come (withdrawn,
// reassigned, fieldwork closed). Decision: it is settled as submissions arrive — a case the draw passes over
// is still selected while fewer than the minimum of its assessor's cases have gone to QA for any reason. In
// practice that is the assessor's first submission, which is also when a quality lead's feedback helps most.
// This is the one part that depends on arrival order, which is why the decision is made once, on a case's
// first submission, and recorded with its reason; a resubmission after a return goes back to QA through the
// review states (review-states.ts), not through this choice again.
import { z } from 'zod';
import { hashString } from '../sampling/seeded-rank.ts';
import type { ModeratedJudgements } from './moderated-judgements.ts';
import type { AssessorRole, QaPolicy } from './qa-policy.ts';

export interface QaSubmission {
  caseRef: string;
  assessorId: string;
  assessorRole: AssessorRole;
  /** The assessor asked for a second look at this case. */
  flaggedByAssessor: boolean;
  /** A safeguarding alert has been raised on this case. */
  safeguardingAlert: boolean;
  /** How many of this assessor's earlier submissions in the inspection went to QA, for any reason. */
  selectedSoFarForAssessor: number;
  /** What QA moderates of the case's framework (moderatedBy): key questions, or a 2016 case's Views. */
  moderatedBy: ModeratedJudgements['by'];
}

/** Why a case goes to QA; when several apply, the first in this list is recorded. */
export const QA_SELECTION_REASONS = [
  'safeguarding-alert',
  'flagged-by-assessor',
  'whole-role-reviewed',
  'seeded-draw',
  'assessor-minimum',
] as const;

export type QaSelectionReason = (typeof QA_SELECTION_REASONS)[number];

export const qaSelectionSchema = z.discriminatedUnion('selected', [
  z.strictObject({ selected: z.literal(true), reason: z.enum(QA_SELECTION_REASONS), blind: z.boolean() }),
  z.strictObject({ selected: z.literal(false), reason: z.literal('not-drawn') }),
]);

export type QaSelection = z.output<typeof qaSelectionSchema>;

const LOTTERY_RANGE = 2 ** 53;

/**
 * A number in [0, 1) fixed by the seed, what it is drawn for, and the case reference. hashString spreads its
 * 53-bit results evenly, so the chance of falling below a share is that share.
 */
function lottery(seed: string, purpose: 'qa-draw' | 'qa-blind', caseRef: string): number {
  return hashString(caseRef, hashString(`${seed}/${purpose}`) >>> 0) / LOTTERY_RANGE;
}

function reasonFor(policy: QaPolicy, submission: QaSubmission): QaSelectionReason | null {
  const share = policy.shareByRole[submission.assessorRole];
  if (policy.everySafeguardingAlert && submission.safeguardingAlert) return 'safeguarding-alert';
  if (policy.everyFlagged && submission.flaggedByAssessor) return 'flagged-by-assessor';
  if (share >= 1) return 'whole-role-reviewed';
  if (lottery(policy.seed, 'qa-draw', submission.caseRef) < share) return 'seeded-draw';
  if (submission.selectedSoFarForAssessor < policy.minimumPerAssessor) return 'assessor-minimum';
  return null;
}

/**
 * Decides once, on a case's first submission. `policy` is expected to have passed qaPolicySchema. Whether the
 * review is blind is drawn separately from whether the case is selected, so blind reviews are an unbiased
 * dip sample of every route into QA.
 */
export function selectForQa(policy: QaPolicy, submission: QaSubmission): QaSelection {
  const reason = reasonFor(policy, submission);
  if (reason === null) return { selected: false, reason: 'not-drawn' };
  return {
    selected: true,
    reason,
    // Decision: a blind reviewer judges the key questions first; a 2016 case has none, and 002 gives no
    // judgement per View to judge instead, so its review is never blind.
    blind:
      submission.moderatedBy === 'key-question' &&
      lottery(policy.seed, 'qa-blind', submission.caseRef) < policy.blindShare,
  };
}
