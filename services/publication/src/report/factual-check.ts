// The factual accuracy check as the lead inspector and the YJS contact see it: the version sent, as it was
// sent, with the ratings it showed as the report will publish them; the deadline; every comment with the lead
// inspector's response.
import { FinalRatingsView, type CommentView, type FactualCheckView } from '@yji/contracts';
import type { PublicationDb } from '../db.ts';
import type { CommentResponse, FactualCheck, FactualComment } from '../generated/prisma/client.ts';
import { ratingsAsPublished } from './ratings-as-published.ts';
import { draftText } from './report-draft.ts';

/** Comments are taken until the check is closed or its deadline has passed, whichever comes first. */
export const isOpen = (check: FactualCheck, now = new Date()) =>
  check.closedAt === null && now.getTime() < check.deadline.getTime();

export function commentView(comment: FactualComment, response: CommentResponse | null): CommentView {
  return {
    id: comment.id,
    section: comment.section,
    text: comment.text,
    commentedBy: comment.commentedBy,
    commentedAt: comment.commentedAt.toISOString(),
    purgedAt: comment.purgedAt?.toISOString() ?? null,
    response: response && {
      decision: response.decision as 'accepted' | 'rejected',
      reason: response.reason,
      respondedBy: response.respondedBy,
      respondedAt: response.respondedAt.toISOString(),
    },
  };
}

export async function loadFactualCheck(
  db: PublicationDb,
  inspectionId: string,
): Promise<FactualCheckView | null> {
  const check = await db.factualCheck.findUnique({ where: { inspectionId } });
  if (!check) return null;
  const [draft, set, comments, responses] = await Promise.all([
    db.reportDraft.findUniqueOrThrow({
      where: { inspectionId_version: { inspectionId, version: check.draftVersion } },
    }),
    db.approvedRatingSet.findUniqueOrThrow({ where: { setId: check.ratingsSetId } }),
    db.factualComment.findMany({ where: { inspectionId }, orderBy: { commentedAt: 'asc' } }),
    db.commentResponse.findMany({ where: { inspectionId } }),
  ]);
  return {
    inspectionId,
    sentBy: check.sentBy,
    sentAt: check.sentAt.toISOString(),
    deadline: check.deadline.toISOString(),
    closedAt: check.closedAt?.toISOString() ?? null,
    open: isOpen(check),
    draft: { ...draftText(draft), ratings: ratingsAsPublished(FinalRatingsView.parse(set.ratings)) },
    comments: comments.map((comment) =>
      commentView(comment, responses.find(({ commentId }) => commentId === comment.id) ?? null),
    ),
  };
}
