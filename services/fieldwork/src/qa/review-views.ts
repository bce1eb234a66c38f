// What a reader sees of a review: a line in the queue, or the whole review with its versions and timeline.
import type { z } from 'zod';
import type { AssessmentVersionView, ReviewEntryView, ReviewSummary } from '@yji/contracts';
import type { AssessmentVersion, CaseReview, CaseTask, ReviewEntry } from '../generated/prisma/client.ts';
import type { CaseSurroundings } from '../tasks/stored-task.ts';
import { moderatedJudgementsOf, versionContent, versionInterviewOf } from './assessment-snapshot.ts';
import { domainReviewOf } from './review-record.ts';

export function toReviewSummary(task: CaseTask, review: CaseReview): z.input<typeof ReviewSummary> {
  const { state, assessorId, reviewerId, round, approval, selection } = domainReviewOf(review);
  return {
    taskId: task.id,
    inspectionId: task.inspectionId,
    caseRef: task.caseRef,
    frameworkId: task.frameworkId,
    state,
    assessorId,
    reviewerId,
    round,
    approval,
    selection,
    waitingSince: review.waitingSince?.toISOString() ?? null,
    version: review.version,
  };
}

/** A submitted version of `task`, with what QA moderates of it read under the surroundings it was submitted in. */
export function toVersionView(
  task: CaseTask,
  version: AssessmentVersion,
  surroundings: CaseSurroundings,
): z.input<typeof AssessmentVersionView> {
  const { version: _draft, ...content } = versionContent(version);
  return {
    ...content,
    judgements: moderatedJudgementsOf(task, version, surroundings),
    interviewFacts: versionInterviewOf(version) ?? null,
    round: version.round,
    draftVersion: version.draftVersion,
    submittedBy: version.submittedBy,
    submittedAt: version.submittedAt.toISOString(),
  };
}

export function toEntryView(entry: ReviewEntry): z.input<typeof ReviewEntryView> {
  return {
    round: entry.round,
    move: entry.move,
    actorId: entry.actorId,
    reason: entry.reason,
    comments: entry.comments as Record<string, string>,
    at: entry.at.toISOString(),
  };
}
