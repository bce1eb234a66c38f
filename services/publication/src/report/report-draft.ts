// The report as the lead inspector sees it: the latest version of its text with the approved final ratings
// the report shows. Version 0, with empty text, until the first save.
import { FinalRatingsView, type ReportDraftView, type StandardFindings } from '@yji/contracts';
import type { PublicationDb } from '../db.ts';
import type { ReportDraft } from '../generated/prisma/client.ts';

export type DraftText = Omit<ReportDraftView, 'ratings'>;

export function draftText(draft: ReportDraft): DraftText {
  return {
    inspectionId: draft.inspectionId,
    version: draft.version,
    overview: draft.overview,
    findings: draft.findings as StandardFindings[],
    recommendations: draft.recommendations as string[],
    editedBy: draft.editedBy,
    editedAt: draft.editedAt.toISOString(),
  };
}

const emptyDraft = (inspectionId: string): DraftText => ({
  inspectionId,
  version: 0,
  overview: '',
  findings: [],
  recommendations: [],
  editedBy: null,
  editedAt: null,
});

/** The report of `inspectionId`, or null while no final ratings have been approved for it. */
export async function loadReport(db: PublicationDb, inspectionId: string) {
  const report = await db.report.findUnique({ where: { inspectionId } });
  if (!report) return null;
  const set = await db.approvedRatingSet.findUniqueOrThrow({ where: { setId: report.ratingsSetId } });
  const latest = await db.reportDraft.findFirst({ where: { inspectionId }, orderBy: { version: 'desc' } });
  return {
    report,
    // Parsed, not cast: a set stored before a field was added gets the field's default.
    ratings: FinalRatingsView.parse(set.ratings),
    draft: latest ? draftText(latest) : emptyDraft(inspectionId),
  };
}
