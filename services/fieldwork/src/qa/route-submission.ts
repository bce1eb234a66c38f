// What a submission does to a case's review, in the transaction that locks the submitted task. A first
// submission is kept as version 1 and routed by the inspection's QA policy (packages/domain selectForQa, made
// once and recorded with its reason, its seed, and whether the review is blind): to the QA queue, or approved
// without review, which the ratings hear at once. A resubmission after a return or a correction is kept as
// the round's version and goes back to QA (to the same reviewer, domain qa/review-states.ts).
import {
  moderatedBy,
  moveReview,
  newCaseReview,
  qaPolicySchema,
  selectForQa,
  SYSTEM,
  type CaseReview as DomainReview,
  type ReviewOutcome,
} from '@yji/domain';
import type { AuditActor } from '@yji/db';
import type { CaseReview, CaseTask, Prisma } from '../generated/prisma/client.ts';
import { frameworkOf } from '../tasks/stored-task.ts';
import { recordVersion } from './assessment-snapshot.ts';
import { publishApproval } from './review-events.ts';
import { recordReviewEntry } from './review-entry.ts';
import { domainReviewOf } from './review-record.ts';
import { submissionRoutingFacts } from './submission-routing-sql.ts';

/** A move the platform itself makes on a submission; a refusal here is a bug, not a person's mistake. */
function accepted(outcome: ReviewOutcome): DomainReview {
  if (!outcome.ok) throw new Error(`review move refused: ${outcome.error.code}`);
  return outcome.review;
}

export async function routeFirstSubmission(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  assessorId: string,
  actor: AuditActor,
): Promise<void> {
  const facts = await submissionRoutingFacts(tx, task, assessorId);
  if (facts.reviewed) return;
  // Decision: before the lead inspector sets a policy, the defaults apply with the seed
  // `default:<inspection id>`, recorded with each case's selection like any other seed.
  const policy = qaPolicySchema.parse(facts.policy ?? { seed: `default:${task.inspectionId}` });
  const selection = selectForQa(policy, {
    caseRef: task.caseRef,
    assessorId,
    // Decision: someone who sits on the team as a local assessor is reviewed as one (their share is larger).
    assessorRole: facts.localAssessor ? 'local-assessor' : 'inspector',
    flaggedByAssessor: task.askedForQa,
    safeguardingAlert: facts.safeguardingAlert,
    selectedSoFarForAssessor: facts.selectedSoFar,
    moderatedBy: moderatedBy(frameworkOf(task)),
  });
  const submitted = accepted(
    moveReview(newCaseReview(assessorId), { type: 'submit' }, { userId: assessorId, teamRoles: [] }),
  );
  const routed = accepted(moveReview(submitted, { type: 'route', selection }, SYSTEM));
  const at = new Date();
  const version = await recordVersion(tx, task, routed.round, assessorId);
  const review = await tx.caseReview.create({
    data: {
      taskId: task.id,
      inspectionId: task.inspectionId,
      state: routed.state,
      assessorId,
      reviewerId: null,
      round: routed.round,
      approval: routed.approval,
      selection,
      policySeed: policy.seed,
      waitingSince: routed.state === 'awaiting-qa' ? at : null,
    },
  });
  await recordReviewEntry(tx, review, { move: 'route', actorId: SYSTEM, at }, actor, {
    selection: selection.reason,
    blind: selection.selected && selection.blind,
  });
  if (routed.state === 'approved') await publishApproval(tx, task, version, null, at);
}

/** The assessor resubmits a revised case: kept as this round's version, back to QA. */
export async function routeResubmission(
  tx: Prisma.TransactionClient,
  task: CaseTask,
  review: CaseReview,
  actor: AuditActor,
): Promise<CaseReview> {
  const next = accepted(
    moveReview(domainReviewOf(review), { type: 'submit' }, { userId: review.assessorId, teamRoles: [] }),
  );
  const at = new Date();
  await recordVersion(tx, task, review.round, review.assessorId);
  const updated = await tx.caseReview.update({
    where: { taskId: task.id },
    data: { state: next.state, version: review.version + 1, waitingSince: at, claimedAt: null },
  });
  await recordReviewEntry(tx, updated, { move: 'submit', actorId: review.assessorId, at }, actor, {
    draftVersion: task.version,
  });
  return updated;
}
