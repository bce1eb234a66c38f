// The retention purge in the publication service (issue 11; docs/retention.md): the YJS contact's comments
// on the draft and the lead inspector's reasons in reply lose their text. Decision: they go, because they
// are free text written by people who know the children — a comment contesting a finding may well cite a
// child's case — and nothing checks them for it; once the report is published they have done their work.
// Which section, who, when and accepted or rejected stay. So does what was never public of the report: every
// version of its text but the one published, and the panel's rationales the report did not show (a
// confirmation's, and every one of a set other than the one published). The report's published text and
// files stay as published. The lead inspector's decisions' Idempotency-Keys go, each with its request's hash.
// The append-only tables take the redaction their trigger allows. A comment, a response, a version of the
// report's text or a late set being stored meanwhile commits first and is purged, or waits and is refused:
// they check under the inspection's retention lock, which the purge holds (@yji/db retention-lock.ts).
import { FinalRatingsView, PURGE_WITHIN_MS, purgeFactualCheck } from '@yji/contracts';
import { lockOutWriters, purgeOnce } from '@yji/db';
import { movedByPanel } from '@yji/domain';
import type { Prisma, Report } from '../generated/prisma/client.ts';
import { publicationCommand } from './publication-command.ts';

/** The report as published, or null while it is not (nor ever was, for an inspection with no report). */
const publishedOf = (report: Report | null) =>
  report?.publishedAt && report.publishedVersion !== null ? report : null;

/**
 * An approved set as stored, with every rationale nulled that the report did not show: all of them, unless
 * it is the set published, whose moved ratings' rationales the page shows (public/report-view.ts). Only
 * those values change; the rest stays as received, keys and all (the table's trigger holds it to that).
 */
function shownRationalesOnly(ratings: Prisma.JsonValue, published: boolean): Prisma.InputJsonObject {
  const stored = ratings as Prisma.JsonObject & { standards?: Prisma.JsonObject[] };
  if (!Array.isArray(stored.standards)) return stored;
  // Read as the page reads it (parsed, with defaults), each standard at the same place.
  const shown = FinalRatingsView.parse(ratings).standards;
  return {
    ...stored,
    standards: stored.standards.map((standard, index) =>
      published && movedByPanel(shown[index]!) ? standard : { ...standard, rationale: null },
    ),
  };
}

export const purgeFactualCheckHandler = publicationCommand(
  purgeFactualCheck,
  async (db, { inspectionId }) => {
    const purged = await db.$transaction(
      async (tx) => {
        await lockOutWriters(tx, inspectionId);
        return purgeOnce(tx, inspectionId, async (_, purgedAt) => {
          const comments = await tx.factualComment.updateMany({
            where: { inspectionId, purgedAt: null },
            data: { text: '', purgedAt },
          });
          const responses = await tx.commentResponse.updateMany({
            where: { inspectionId, purgedAt: null },
            data: { reason: '', purgedAt },
          });
          const published = publishedOf(await tx.report.findUnique({ where: { inspectionId } }));
          const drafts = await tx.reportDraft.updateMany({
            where: {
              inspectionId,
              purgedAt: null,
              ...(published ? { version: { not: published.publishedVersion! } } : {}),
            },
            data: { overview: '', findings: [], recommendations: [], purgedAt },
          });
          const sets = await tx.approvedRatingSet.findMany({ where: { inspectionId, purgedAt: null } });
          for (const set of sets)
            await tx.approvedRatingSet.update({
              where: { setId: set.setId },
              data: {
                ratings: shownRationalesOnly(set.ratings, set.setId === published?.ratingsSetId),
                purgedAt,
              },
            });
          // A decision's key keeps a hash of its request (service-kit request-key.ts); it has done its work.
          const requestKeys = await tx.requestKey.deleteMany({ where: { inspectionId } });
          return {
            FactualComment: comments.count,
            CommentResponse: responses.count,
            ReportDraft: drafts.count,
            ApprovedRatingSet: sets.length,
            RequestKey: requestKeys.count,
          };
        });
      },
      { timeout: PURGE_WITHIN_MS },
    );
    // The set published, for the ratings service's purge: asked again, the same answer.
    const published = publishedOf(await db.report.findUnique({ where: { inspectionId } }));
    return { ...purged, publishedSetId: published?.ratingsSetId ?? null };
  },
);
